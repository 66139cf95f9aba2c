import type { Font } from './text-metrics.js';

/** Sizes and colours of the drawing, in page units (px at 96 dpi); spacing and routing costs: layout-constants.ts. */
export const STYLE = {
    bodyFont: { size: 10.5 } as Font,          // ≈ 8 pt
    headerFont: { size: 10, bold: true } as Font,
    identityFont: { size: 12 } as Font,        // 9 pt
    identityBold: { size: 12, bold: true } as Font,
    institutionFont: { size: 13.33, bold: true } as Font, // 10 pt
    smallFont: { size: 9.33 } as Font,         // 7 pt: footer, branch labels
    labelFont: { size: 9.33, bold: true } as Font,
    draftFont: { size: 10.67, bold: true } as Font, // 8 pt: the draft mark of an invalid document
    draftColour: '#B00020',
    questionFont: { size: 8.67 } as Font,      // 6.5 pt: a decision's question inside the diamond
    connectorFont: { size: 12, bold: true } as Font,
    cellPadX: 4,
    cellPadY: 4,
    headerFill: '#D9D9D9',
    rule: '#000',
    ruleWidth: 0.75,
    shapeStroke: 1.5,
    arrowStroke: 1,
    arrowHead: { length: 7, halfWidth: 3.2 },
    shape: { width: 56, height: 22, decisionHeight: 34, decisionMinWidth: 44 },
    connector: { width: 28, height: 34 },
} as const;

// Regenerates the import fixtures (test/fixtures/import/*.docx, *.pdf) from their specs:
// `node --import tsx scripts/make-import-fixtures.ts`. The tests read the committed files.
import { writeFileSync } from 'node:fs';
import { makeDocx } from '../test/support/docx-fixture.js';
import { SPECS } from '../test/support/import-fixture-specs.js';
import { makePdf } from '../test/support/pdf-fixture.js';

async function main(): Promise<void> {
    for (const spec of SPECS) {
        writeFileSync(`test/fixtures/import/${spec.name}.docx`, makeDocx(spec));
        writeFileSync(`test/fixtures/import/${spec.name}.pdf`, await makePdf(spec));
    }
}

void main();

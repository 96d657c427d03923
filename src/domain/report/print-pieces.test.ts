import { describe, expect, it } from 'vitest';

import { exampleRecords } from '@/testing/example-records';
import { exampleReport } from '@/testing/example-report';
import { thaiReportLabels } from '@/testing/report-labels';

import { piecePart, printRows } from './print-pieces';

const { measures, updates } = exampleRecords();
const report = exampleReport();

describe('printRows', () => {
  const rows = printRows(report, thaiReportLabels(report), (t) => `${t} (ต่อ)`);

  it('gives each row its title, continued title and repeated cells', () => {
    expect(rows[0]).toMatchObject({
      title: '๑. การป้องกันการทุจริต',
      continuedTitle: '๑. การป้องกันการทุจริต (ต่อ)',
      period: 'ทั้งปีงบประมาณ',
      units: 'สำนักปลัดเทศบาล',
      noUpdate: false,
    });
  });

  it('cuts the flowing cells into paragraphs: steps, lines, links', () => {
    const { methods, result, suggestions, outcome } = rows[0]!.flows;
    expect(methods).toEqual(
      measures[0]!.methods.map((step, i) => `${'๑๒'[i]}. ${step}`),
    );
    expect(result).toEqual([updates[0]!.result, 'http://www.khunkaew.go.th']);
    expect(suggestions).toEqual(['ไม่มี']);
    expect(outcome).toEqual(updates[0]!.outcome.split('\n'));
  });
});

describe('piecePart', () => {
  // Two paragraphs: 'ก ข ค' on 3 lines, then a link on 1.
  const paragraphs = ['หนึ่ง สอง สาม', 'https://x.go.th/a'];
  const column = { lines: [20, 20, 20, 20], paragraphs: [0, 3] };
  // Line n of the first paragraph starts at its n-th word.
  const lineStart = (p: number, line: number) =>
    [0, 6, 10][line]! + (p === 0 ? 0 : 1000);

  it('prints whole paragraphs as they are, links as links', () => {
    expect(piecePart(paragraphs, column, 0, 4, lineStart)).toEqual([
      { text: 'หนึ่ง สอง สาม', link: false },
      { text: 'https://x.go.th/a', link: true },
    ]);
    expect(piecePart(paragraphs, column, 3, 4, lineStart)).toEqual([
      { text: 'https://x.go.th/a', link: true },
    ]);
  });

  it('prints the lines of a cut paragraph that fall in the piece', () => {
    expect(piecePart(paragraphs, column, 0, 2, lineStart)).toEqual([
      { text: 'หนึ่ง สอง', link: false },
    ]);
    expect(piecePart(paragraphs, column, 2, 4, lineStart)).toEqual([
      { text: 'สาม', link: false },
      { text: 'https://x.go.th/a', link: true },
    ]);
  });

  it('prints nothing of a column the piece takes no line of', () => {
    expect(piecePart(paragraphs, column, 4, 4, lineStart)).toEqual([]);
  });
});

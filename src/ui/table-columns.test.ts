import { describe, expect, it } from 'vitest';

import { columnsToTable, totalCell, type TableColumn } from './table-columns';
import { numberCell } from './table-export';

interface Row {
  name: string;
  done: number;
  of: number;
}
const COLUMNS: TableColumn<Row>[] = [
  {
    key: 'name',
    header: 'ชื่อ',
    numeric: false,
    text: (r) => r.name,
    total: () => totalCell('รวม'),
  },
  {
    key: 'ratio',
    header: 'รายงาน',
    numeric: true,
    text: (r) => `${r.done}/${r.of}`,
    exported: (r) => [
      numberCell(r.done, `${r.done}`),
      numberCell(r.of, `${r.of}`),
    ],
    exportHeaders: ['รายงานแล้ว', 'ต้องรายงาน'],
  },
];

describe('columnsToTable', () => {
  it('writes a ratio as two figures under their own headings, and the total row', () => {
    const table = columnsToTable('ชื่อตาราง', COLUMNS, [
      { name: 'ก', done: 2, of: 2 },
    ]);
    expect(table).toEqual({
      title: ['ชื่อตาราง'],
      headers: ['ชื่อ', 'รายงานแล้ว', 'ต้องรายงาน'],
      rows: [['ก', { value: 2, text: '2' }, { value: 2, text: '2' }]],
      totals: [['รวม', '', '']],
    });
  });

  it('has no total row when no column has a total', () => {
    const [, ratio] = COLUMNS;
    expect(columnsToTable('t', [ratio!], []).totals).toBeUndefined();
  });
});

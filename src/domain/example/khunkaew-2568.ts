/**
 * Example data for the "load example" action: the published yearly report of
 * เทศบาลตำบลขุนแก้ว (อำเภอนครชัยศรี จังหวัดนครปฐม) for FY2568, transcribed
 * cell by cell from ../fixtures/ita-report-khunkaew-2568.txt.
 *
 * Transcription rules (checked by khunkaew-2568.test.ts against the fixture):
 * - every word of every cell is kept, nothing is added; the report's own typos
 *   stay (เวปไซต์, ผู้ยื่น, ผู้บุคลากร, จาการทุจริต, เทศบาลเมืองไร่ขิง);
 * - measures continued on the next page (`(ต่อ)`) are joined with their first
 *   part; cells the continuation row merely repeats are not duplicated;
 * - `<p>` tags are removed, and so are the step numbers of methods (๑. ๒. …,
 *   or `-` bullets): `methodsStyle` keeps which it was (a single step may be
 *   numbered too); bullets of results and outcomes stay, one per line;
 * - spaces that the PDF copy inserted where a printed line wrapped inside a
 *   Thai phrase are removed; spaces that separate Thai clauses, list items,
 *   numbers, Latin words and bullets are kept;
 * - a link in a result cell goes to `evidence`, not into the result text.
 * The outcome of measure ๓ stops at "ให้เต็ม" in the published report itself.
 */
import { fiscalYearRange } from '../fiscal-year';
import { periodRange } from '../period';
import { roundToStore } from '../round';
import type {
  IsoDate,
  MeasureFields,
  OfficeFields,
  Period,
  ProgressUpdateFields,
  Round,
} from '../types';

export interface ExampleMeasure extends Pick<
  MeasureFields,
  | 'title'
  | 'methods'
  | 'methodsStyle'
  | 'allUnits'
  | 'expectedOutcome'
  | 'weakness'
> {
  period: Period;
  /** Unit names as in the report; empty when allUnits (ทุกส่วนราชการ). */
  unitNames: string[];
  /** http(s) links found in the report's cells. */
  evidence: string[];
  /** The report's results, as one progress update dated when its period ended. */
  update: Pick<
    ProgressUpdateFields,
    | 'date'
    | 'percent'
    | 'result'
    | 'suggestions'
    | 'outcome'
    | 'problems'
    | 'evidence'
    | 'reporter'
  > & {
    round: Round;
    status: 'completed' | 'in-progress';
  };
}

export const EXAMPLE_FISCAL_YEAR = 2568;

const WEBSITE = 'http://www.khunkaew.go.th';
const WHOLE_YEAR: Period = { kind: 'fiscal-year' };
const OCT_2567_TO_SEP_2568: Period = {
  kind: 'months',
  from: '2024-10',
  to: '2025-09',
};

/**
 * The report names สำนักปลัดเทศบาล and กองคลัง; the other units are the usual
 * ones of a เทศบาลตำบล. The report has no sign-off block, so the signatories'
 * names are left empty and only the usual positions are given.
 */
export const exampleOffice: Omit<OfficeFields, 'units'> & {
  unitNames: string[];
} = {
  name: 'เทศบาลตำบลขุนแก้ว',
  kind: 'subdistrict-municipality',
  district: 'นครชัยศรี',
  province: 'นครปฐม',
  website: WEBSITE,
  unitNames: [
    'สำนักปลัดเทศบาล',
    'กองคลัง',
    'กองช่าง',
    'กองการศึกษา',
    'กองสาธารณสุขและสิ่งแวดล้อม',
    'กองสวัสดิการสังคม',
    'หน่วยตรวจสอบภายใน',
  ],
  preparedBy: { name: '', position: 'นักวิเคราะห์นโยบายและแผน' },
  endorsedBy: { name: '', position: 'ปลัดเทศบาลตำบลขุนแก้ว' },
  approvedBy: { name: '', position: 'นายกเทศมนตรีตำบลขุนแก้ว' },
};

type Undated = Omit<ExampleMeasure['update'], 'date' | 'round'>;

/** What the report states as done, with the link that proves it, if any. */
function completed(
  fields: Pick<
    ProgressUpdateFields,
    'result' | 'suggestions' | 'outcome' | 'evidence'
  >,
): Undated {
  return {
    status: 'completed',
    percent: 100,
    problems: '',
    reporter: '',
    ...fields,
  };
}

/**
 * The published report gives no date of its own: it is the year's report,
 * and each measure's period says when the work was done. So each result is
 * dated at the end of its measure's period, within FY2568 (a period that
 * ended before the year, measure ๑๐'s ธันวาคม ๒๕๖๖, on the year's first day),
 * and counts for the rounds that date lies in: measures ๕, ๑๐ and ๑๑ for the
 * 6-month round too, every measure for the year.
 */
function reportedOn(period: Period): IsoDate {
  const year = fiscalYearRange(EXAMPLE_FISCAL_YEAR);
  const { end } = periodRange(period, EXAMPLE_FISCAL_YEAR);
  if (end < year.start) return year.start;
  return end > year.end ? year.end : end;
}

type UndatedMeasure = Omit<ExampleMeasure, 'update'> & { update: Undated };

function dated(measure: UndatedMeasure): ExampleMeasure {
  const date = reportedOn(measure.period);
  const round = roundToStore(date, EXAMPLE_FISCAL_YEAR, false);
  return { ...measure, update: { ...measure.update, date, round } };
}

const undatedMeasures: readonly UndatedMeasure[] = [
  {
    title: 'การป้องกันการทุจริต',
    methods: [
      'จัดทำคู่มือแนวทางปฏิบัติฯ สำหรับเจ้าหน้าที่เกี่ยวกับการประเมินความเสี่ยงการทุจริต',
      'ประชาสัมพันธ์คู่มือหรือแนวทางดังกล่าวให้บุคลากรถือปฏิบัติอย่างเคร่งครัด และกำชับให้บุคลากรภายในหน่วยงานมีการป้องกันการทุจริต',
    ],
    methodsStyle: 'numbered',
    period: WHOLE_YEAR,
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [WEBSITE],
    update: completed({
      result:
        'ดำเนินการจัดทำคู่มือแนวปฏิบัติ ฯ สำหรับเจ้าหน้าที่เกี่ยวกับการประเมินความเสี่ยงการทุจริต',
      suggestions: 'ไม่มี',
      outcome: [
        '- ลดโอกาสในการเกิดทุจริต คู่มือดังกล่าวช่วยให้เจ้าหน้าที่สามารถระบุและประเมินความเสี่ยง การทุจริตได้อย่างมีประสิทธิภาพ ทำให้สามารถป้องกันหรือลดโอกาสในการเกิดทุจริตได้',
        '- ลดความเสียหายที่อาจเกิดขึ้นจากการทุจริต หากเกิดทุจริตขึ้น คู่มือดังกล่าวจะช่วยให้เจ้าหน้าที่สามารถกำหนดมาตรการควบคุมความเสี่ยงการทุจริตได้อย่างเหมาะสม ทำให้สามารถลดความเสียหายที่อาจเกิดขึ้นจาการทุจริตได้',
      ].join('\n'),
      evidence: [WEBSITE],
    }),
  },
  {
    title: 'มาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะ',
    methods: [
      'กำหนดแนวทาง/มาตรการเพื่อกำกับติดตามหน่วยงานที่เกี่ยวข้องให้เผยแพร่ข้อมูลของเทศบาลตำบลขุนแก้วต่อสาธารณชน โดยพิจารณาให้มีการเผยแพร่ข้อมูลที่เป็นประโยชน์กับสาธารณชนให้เป็นปัจจุบันทางเว็บไซต์ขององค์กรปกครองส่วนท้องถิ่นและสื่อออนไลน์รูปแบบอื่นๆ และช่องทางที่หลากหลาย',
      'กำหนดแนวทาง/มาตรการกำกับติดตามหน่วยงานที่เกี่ยวข้องเผยแพร่ข้อมูลข่าวสารการให้บริการต่างๆ กฎเกณฑ์ ข้อกำหนด ข้อบังคับ และสถานที่ให้บริการอย่างชัดเจน เพื่อเป็นประโยชน์ต่อประชาชน',
      'ติดตามผลการดำเนินการตามมาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะของเทศบาลตำบลขุนแก้ว',
      'รายงานผลการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะให้ผู้บริหารทราบ',
    ],
    methodsStyle: 'numbered',
    period: WHOLE_YEAR,
    allUnits: true,
    unitNames: [],
    expectedOutcome: '',
    weakness: '',
    evidence: [WEBSITE],
    update: completed({
      result:
        'ดำเนินการจัดทำมาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะ',
      suggestions:
        'มีการประชาสัมพันธ์ การดำเนินงานอันเกี่ยวข้องกับภารกิจของหน่วยงานในเวปไซต์ของหน่วยงานครอบคลุมทุกภารกิจมากยิ่งขึ้น',
      outcome: [
        '- ระดับการรับรู้ของประชาชนต่อข้อมูลสาธารณะมีเพิ่มขึ้น ประชาชนสามารถเข้าถึงข้อมูลสาธารณะได้มากขึ้นและง่ายขึ้น',
        '- ระดับความโปร่งใสของหน่วยงานภาครัฐมีเพิ่มขึ้น หน่วยงานภาครัฐมีความน่าเชื่อถือและเป็นที่น่าไว้วางใจของประชาชนมากขึ้น',
        '- ระดับการมีส่วนร่วมของประชาชนในการตรวจสอบการทำงานของหน่วยงานภาครัฐมีเพิ่มขึ้น ประชาชนสามารถมีส่วนร่วมในการติดตามและตรวจสอบการทำงานของหน่วยงานภาครัฐได้มากขึ้น',
      ].join('\n'),
      evidence: [WEBSITE],
    }),
  },
  {
    title: 'มาตรการการใช้ทรัพย์สินของทางราชการ',
    methods: [
      'จัดทำคู่มือแนวทางปฏิบัติการใช้ทรัพย์สินของทางราชการ ซึ่งระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการตามประเภทงานด้านต่างๆ',
      'ประชาสัมพันธ์คู่มือหรือแนวทางดังกล่าวให้บุคลากรถือปฏิบัติอย่างเคร่งครัดและกำชับให้ผู้บุคลากรภายในหน่วยงานมีการขออนุญาตในการยืมทรัพย์สินอย่างถูกต้อง',
    ],
    methodsStyle: 'numbered',
    period: WHOLE_YEAR,
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [WEBSITE],
    update: completed({
      result: 'จัดทำคู่มือแนวทางปฏิบัติการใช้ทรัพย์สินของทางราชการ',
      suggestions: 'ไม่มี',
      outcome: [
        '- สร้างความเข้าใจที่ถูกต้องเกี่ยวกับการใช้ทรัพย์สินของทางราชการ คู่มือนี้กำหนดหลักเกณฑ์และแนวทางการใช้ทรัพย์สินของทางราชการอย่างครบถ้วนและชัดเจนครอบคลุมทรัพย์สินทุกประเภท ตั้งแต่อาคารยานพาหนะ อุปกรณ์สำนักงานไปจนถึงวัสดุสิ้นเปลือง ช่วยให้เจ้าหน้าที่และประชาชนทั่วไปเข้าใจถึงสิทธิและหน้าที่ในการใช้ทรัพย์สินของทางราชการได้อย่างถูกต้อง',
        // Split across the page break after "ระบุระยะเวลาการยืมใช้ และ".
        '- ลดปัญหาการสูญหายและชำรุดเสียหายของทรัพย์สินของทางราชการ คู่มือนี้กำหนดหลักเกณฑ์การยืมใช้ทรัพย์สินของทางราชการอย่างเคร่งครัด ต้องมีการจัดทำเอกสารหลักฐานการยืมใช้ ระบุระยะเวลาการยืมใช้ และกำหนดให้ผู้ยื่นรับผิดชอบความเสียหายที่เกิดขึ้น หากทรัพย์สินสูญหายหรือชำรุดเสียหาย ผู้ยื่นจะต้องชดเชยค่าเสียหายให้เต็มจำนวนช่วยให้ลดปัญหาการสูญหายและชำรุดเสียหายของทรัพย์สินของทางราชการได้อย่างมีประสิทธิภาพ',
        // The published report ends this bullet here, mid-sentence.
        '- ส่งเสริมให้เกิดการใช้ทรัพย์สินของทางราชการอย่างประหยัดและคุ้มค่า คู่มือนี้กำหนดหลักเกณฑ์การใช้ทรัพย์สินของทางราชการอย่างประหยัดและคุ้มค่า เช่น การใช้ทรัพย์สินของทางราชการเฉพาะในงานราชการเท่านั้น ไม่นำกลับไปใช้ส่วนตัว การใช้ทรัพย์สินของทางราชการให้เต็ม',
      ].join('\n'),
      evidence: [WEBSITE],
    }),
  },
  {
    title: 'นโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
    methods: [
      'เทศบาลตำบลขุนแก้วมีการประกาศนโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
    ],
    methodsStyle: 'numbered',
    period: WHOLE_YEAR,
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [WEBSITE],
    update: completed({
      result: 'ประกาศนโยบายไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy)',
      suggestions: 'ไม่มี',
      outcome:
        '- ปีงบประมาณ พ.ศ. ๒๕๖๘ ไม่พบว่าบุคลากรในสังกัดดำเนินการฝ่าฝืน/ไม่เป็นไปตามแนวทางฯ ตามแบบรายงานการดำเนินการการรับของขวัญ และของกำนัลจากปฏิบัติหน้าที่ตามนโยบาย No Gift Policy',
      evidence: [WEBSITE],
    }),
  },
  {
    title: 'ปรับปรุงประสิทธิภาพในการตอบข้อซักถามหรือข้อสงสัยของผู้มาใช้บริการ',
    methods: [
      // "เทศบาลเมืองไร่ขิง" is a copy-paste slip in the published report: kept.
      'จัดประชุมหัวหน้าส่วนราชการเพื่อมอบหมายหน่วยงานต่าง ๆ ของเทศบาลเมืองไร่ขิงจัดทำแนวทางการให้บริการประชาชน',
      'ประชาสัมพันธ์แนวทางการให้บริการประชาชนให้เจ้าหน้าที่ในสังกัด และผู้ใช้บริการทราบ',
    ],
    methodsStyle: 'bulleted',
    period: { kind: 'months', from: '2025-01', to: '2025-03' },
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result:
        '-มีการจัดทำคู่มือหรือแนวทางการให้บริการสำหรับผู้รับบริการหรือผู้มาติดต่อเผยแพร่ทางหน้าเว็บไซต์ หน่วยงาน และประชาสัมพันธ์ให้ทุกส่วนราชการทราบ',
      suggestions:
        'เมื่อดำเนินการแล้วนำผลการดำเนินการไปเปิดเผยบนเว็บไซต์ของเทศบาลตำบลขุนแก้ว',
      outcome:
        '- เป็นการเพิ่มช่องทางการซักถามหรือตอบข้อสงสัยสำหรับได้ใช้บริการได้สะดวกรวดเร็ว',
      evidence: [],
    }),
  },
  {
    title: 'แนวทางการสร้างความรู้ของบุคลากรในการใช้จ่ายงบประมาณของหน่วยงาน',
    methods: [
      'ประชาสัมพันธ์การใช้จ่ายงบประมาณประจำปีของหน่วยงานให้บุคลากรทราบมากยิ่งขึ้นในหลายช่องทาง',
    ],
    methodsStyle: 'plain',
    period: OCT_2567_TO_SEP_2568,
    allUnits: false,
    unitNames: ['กองคลัง'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result:
        'มีการประชาสัมพันธ์การใช้จ่ายงบประมาณประจำปีของหน่วยงานทั้งบอร์ดประชาสัมพันธ์ / เว็บไซต์หน่วยงาน',
      suggestions:
        'หากมีบุคลากรบรรจุ/โอน/ย้าย หรือผู้บริหารและสมาชิกสภาเข้ามาในหน่วยงานควรให้กองคลังแจ้งให้ทราบถึงข้อมูลการใช้จ่ายงานงบประมาณประจำปี หรือแจ้งให้เข้าดูข้อมูลจากเว็บไซต์หน่วยงาน',
      outcome: 'บุคลากรภายในองค์กรทราบรายละเอียดการใช้จ่ายงบประมาณของหน่วยงานมากขึ้น',
      evidence: [],
    }),
  },
  {
    title: 'มาตรการพัฒนาตัวชี้วัดการประเมิน ITA',
    methods: [
      'แต่งตั้งคณะทำงานเพื่อศึกษาตัวชี้วัดและชี้แจงตัวชี้วัดพร้อมกำหนดผู้รับผิดชอบตลอดจนติดตามการประเมิน',
    ],
    methodsStyle: 'plain',
    period: { kind: 'months', from: '2024-10', to: '2025-04' },
    allUnits: true,
    unitNames: [],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result: [
        '- มีการประชุมแบ่งความรับผิดชอบการประเมิน ITA และประชุมติดตามความคืบหน้าจนดำเนินการแล้วเสร็จตามตัวชี้วัด',
        '- มีการแสดง QR Code แบบวัด EIT บนเว็บไซต์ของหน่วยงาน',
      ].join('\n'),
      suggestions: 'ไม่มี',
      outcome:
        'ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๘ มีคะแนนระดับผ่านดี โดยมีผลคะแนน ๙๖.๗๓ คะแนน',
      evidence: [],
    }),
  },
  {
    title: 'แนวทางการนำผลการตรวจสอบมาใช้ปรับปรุงการทำงาน',
    methods: [
      'นำผลการตรวจสอบของฝ่ายตรวจสอบทั้งภายในและภายนอกหน่วยงานมาใช้ปรับปรุงการทำงาน เพื่อป้องกันการทุจริตในหน่วยงานมากขึ้น',
    ],
    methodsStyle: 'plain',
    period: OCT_2567_TO_SEP_2568,
    allUnits: true,
    unitNames: [],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result:
        'มีการนำข้อเสนอแนะของเจ้าหน้าที่ตรวจสอบภายในและข้อเสนอแนะของสำนักงานตรวจเงินแผ่นดิน จังหวัดนครปฐม แจ้งเวียนให้บุคลากรในหน่วยงานทราบและนำข้อเสนอแนะมาปรับปรุงการทำงานแล้ว',
      suggestions:
        'ควรมีการสุ่มตรวจสอบสม่ำเสมอ เพื่อให้มีการนำข้อเสนอแนะไปปรับปรุงการทำงานเป็นประจำ ต่อเนื่อง',
      outcome:
        'การปฏิบัติงานภายในองค์กรในปี พ.ศ.๒๕๖๘ มีความถูกต้อง เป็นไปตามระเบียบกฎหมาย ทำให้ไม่ปรากฏข้อทักท้วงที่มีนัยสำคัญจากหน่วยตรวจสอบทั้งภายในและภายนอกองค์กร แต่อย่างไรก็ดี ยังปรากฏข้อผิดพลาดในการปฏิบัติงานอยู่บางส่วน ต้องทำการปรับปรุงการทำงานในปีต่อไป เพื่อลดความผิดพลาดในการปฏิบัติงานให้น้อยที่สุด',
      evidence: [],
    }),
  },
  {
    title: 'แนวทางการจัดทำสรุปผลการจัดซื้อจัดจ้างหรือจัดหาพัสดุรายเดือน',
    methods: ['จัดทำสรุปผลการจัดซื้อจัดจ้างเป็นลักษณะรายเดือนแทนการทำเป็นสรุปผลราย ๖ เดือน'],
    methodsStyle: 'plain',
    period: OCT_2567_TO_SEP_2568,
    allUnits: false,
    unitNames: ['กองคลัง'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result: 'มีการจัดทำสรุปผลการจัดซื้อจัดจ้างเป็นรายเดือน',
      suggestions: 'ไม่มี',
      outcome:
        'การจัดทำสรุปผลการจัดซื้อจัดจ้างหรือจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ.๒๕๖๘ ได้ปรับปรุงโดยจัดทำเป็นแบบรายเดือน',
      evidence: [],
    }),
  },
  {
    title:
      "แนวทางปฏิบัติ Dos & Don'ts ในการประพฤติตนตามประมวลจริยธรรมของผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่น",
    methods: [
      "ออกคำสั่งแต่งตั้งคณะทำงานขับเคลื่อนประมวลจริยธรรมฯ เพื่อกำหนดแนวทางปฏิบัติ Dos & Don'ts ในการประพฤติตนตามประมวลจริยธรรมของผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่น",
      "ประกาศแนวทางปฏิบัติ Dos & Don'ts ในการประพฤติตนตามประมวลจริยธรรมของผู้บริหารท้องถิ่น, สมาชิกสภาท้องถิ่น, พนักงานส่วนท้องถิ่น เพื่อใช้เป็นหลักเกณฑ์ในการประพฤติปฏิบัติตน",
    ],
    methodsStyle: 'numbered',
    // As printed: December 2023, before FY2568 began.
    period: { kind: 'months', from: '2023-12', to: '2023-12' },
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result:
        "คณะทำงานขับเคลื่อนประมวลจริยธรรมฯ ได้มีการจัดทำแนวทางปฏิบัติ Dos & Don'ts และประกาศแนวทางปฏิบัติ Dos & Don'ts ผ่านทางเว็บไซต์ของหน่วยงาน",
      suggestions: '-',
      outcome:
        "บุคลากรในสังกัดรับทราบแนวทางปฏิบัติ Dos & Don'ts ในการประพฤติตนตามประมวลจริยธรรมฯ และใช้เป็นหลักเกณฑ์ในการประพฤติปฏิบัติตน",
      evidence: [],
    }),
  },
  {
    title: 'แนวทางรายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน',
    methods: [
      'ในรอบรายงาน ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ กรณีที่หน่วยงานไม่สามารถดำเนินการได้แล้วเสร็จตามระยะเวลาที่กำหนดไว้ในแผนปฏิบัติการฯ ให้ระบุสาเหตุ รวมถึงปัญหา และอุปสรรค ตลอดจนข้อเสนอแนะไว้ให้ชัดเจน',
    ],
    methodsStyle: 'plain',
    period: { kind: 'months', from: '2024-10', to: '2025-03' },
    allUnits: false,
    unitNames: ['สำนักปลัดเทศบาล'],
    expectedOutcome: '',
    weakness: '',
    evidence: [],
    update: completed({
      result:
        'รายงาน ๖ เดือน ประจำปีงบประมาณ พ.ศ.๒๕๖๘ มีการระบุสาเหตุ รวมถึงปัญหาและอุปสรรค ตลอดจนข้อเสนอแนะ กรณีที่หน่วยงานไม่สามารถดำเนินการให้แล้วเสร็จตามระยะเวลาที่กำหนดในแผนปฏิบัติการฯ ไว้ชัดเจน',
      suggestions: 'ไม่มี',
      outcome:
        'รายงาน ๖ เดือน และประจำปีงบประมาณ พ.ศ.๒๕๖๘ มีการระบุสาเหตุ รวมถึงปัญหาและอุปสรรค ตลอดจนข้อเสนอแนะ กรณีที่หน่วยงานไม่สามารถดำเนินการให้แล้วเสร็จ ตามระยะเวลาที่กำหนดในแผนปฏิบัติการฯ ไว้ชัดเจน',
      evidence: [],
    }),
  },
];

export const exampleMeasures: readonly ExampleMeasure[] =
  undatedMeasures.map(dated);

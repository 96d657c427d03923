/**
 * How a measure's steps are listed (วิธีการดำเนินการ). Reports are written with
 * numbered steps, "-" bullets or plain lines, and the printed report keeps the
 * style a measure was written in. A measure that keeps no style (made before
 * the field existed) is numbered when it has two or more steps, as the report
 * always printed it.
 */
import { toThaiDigits } from './digits';
import type { DigitStyle } from './thai-date';
import type { Measure, MethodsStyle } from './types';

/** methodsStyleOf({ methods: ['ก'] }) === 'plain'; methodsStyleOf({ methods: ['ก', 'ข'] }) === 'numbered' */
export function methodsStyleOf(
  measure: Pick<Measure, 'methods' | 'methodsStyle'>,
): MethodsStyle {
  return (
    measure.methodsStyle ?? (measure.methods.length >= 2 ? 'numbered' : 'plain')
  );
}

/** stepMarker('numbered', 0, 'thai') === '๑. '; stepMarker('bulleted', 3, 'thai') === '- ' */
export function stepMarker(
  style: MethodsStyle,
  index: number,
  digits: DigitStyle,
): string {
  if (style === 'bulleted') return '- ';
  if (style === 'plain') return '';
  const number = String(index + 1);
  return `${digits === 'thai' ? toThaiDigits(number) : number}. `;
}

/** listSteps(['ก', 'ข'], 'bulleted', 'thai') === ['- ก', '- ข'] */
export function listSteps(
  steps: readonly string[],
  style: MethodsStyle,
  digits: DigitStyle,
): string[] {
  return steps.map((step, i) => `${stepMarker(style, i, digits)}${step}`);
}

import { methodsStyleOf } from '@/domain/methods-style';
import type { Measure } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';

/**
 * The steps in the list style they were written in, as the report prints
 * them: numbered (๑. ๒. in Thai digits when chosen, drawn by the browser so
 * the list is announced as one), "-" bullets, or plain lines.
 */
export function MethodsList({
  measure,
}: {
  measure: Pick<Measure, 'methods' | 'methodsStyle'>;
}) {
  const format = useFormat();
  const style = methodsStyleOf(measure);
  const items = measure.methods.map((method, i) => <li key={i}>{method}</li>);
  if (style !== 'numbered')
    return <ul className={`methods methods-${style}`}>{items}</ul>;
  return (
    <ol
      className={format.digits === 'thai' ? 'methods methods-thai' : 'methods'}
    >
      {items}
    </ol>
  );
}

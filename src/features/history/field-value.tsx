import { useTranslation } from 'react-i18next';

import type { RecordKind } from '@/bundle/record-schemas';
import { methodsStyleOf } from '@/domain/methods-style';
import type { MethodsStyle, Unit } from '@/domain/types';
import { useFormat } from '@/i18n/use-format';
import { valueText, type Names } from '@/i18n/value-text';
import { SafeLink } from '@/ui/safe-link';

/** What a record's values are read with: the names its ids refer to. */
export interface ValueContext {
  kind: RecordKind;
  /** A measure's (or an update's measure's) fiscal year, for its period. */
  fiscalYear: number;
  /** The office's units, for a measure's responsible units. */
  units: readonly Unit[];
  names: Names;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Steps as the measure page lists them: numbered (in the chosen digits), dashes or plain. */
function Methods({
  methods,
  style,
}: {
  methods: string[];
  style: MethodsStyle;
}) {
  const format = useFormat();
  const items = methods.map((method, i) => <li key={i}>{method}</li>);
  if (style !== 'numbered')
    return <ul className={`methods methods-${style}`}>{items}</ul>;
  const thai = format.digits === 'thai' ? ' methods-thai' : '';
  return <ol className={`methods${thai}`}>{items}</ol>;
}

interface FieldValueProps {
  field: string;
  value: unknown;
  /** The version the value is of: a measure's steps are listed in its style. */
  methodsStyle?: MethodsStyle | undefined;
  context: ValueContext;
}

/** One field's value as the app shows it elsewhere: dates BE, lists, percents, links. */
export function FieldValue({
  field,
  value,
  methodsStyle,
  context,
}: FieldValueProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (isEmpty(value)) return <span>{t('common.none')}</span>;
  if (field === 'methods' && context.kind === 'measures') {
    const methods = value as string[];
    return (
      <Methods
        methods={methods}
        style={methodsStyleOf({ methods, methodsStyle })}
      />
    );
  }
  if (field === 'evidence')
    return (
      <ul className="links">
        {(value as string[]).map((href, i) => (
          <li key={i}>
            <SafeLink href={href} />
          </li>
        ))}
      </ul>
    );
  if (field === 'website') return <SafeLink href={String(value)} />;
  if (field === 'percent' && context.kind === 'updates')
    return (
      <span>
        {format.number(Number(value) / 100, {
          style: 'percent',
          maximumFractionDigits: 1,
        })}
      </span>
    );
  const { fiscalYear, units, names } = context;
  return (
    <span className="prose">
      {valueText(field, value, { t, format, fiscalYear, units, names })}
    </span>
  );
}

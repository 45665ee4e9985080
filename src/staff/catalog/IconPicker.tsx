/**
 * The item's picture, chosen from the kiosk's own pictures: big radio tiles that show the picture
 * and a word, so the choice works by touch, keyboard (arrow keys) and screen reader alike.
 */
import { useId } from 'preact/hooks';
import { t } from '../../i18n/index.js';
import { ItemIcon } from '../../ui/item-icons.js';
import { ICON_CHOICES } from './catalog-labels.js';

export function IconPicker({
  value,
  onValue,
  problem,
}: {
  value: string;
  onValue: (icon: string) => void;
  problem: string | null;
}) {
  const id = useId();
  // A name set elsewhere that has no picture here stays selectable, so editing does not lose it.
  const choices =
    value && !ICON_CHOICES.some((choice) => choice.name === value)
      ? [
          ...ICON_CHOICES.map((choice) => ({ name: choice.name, label: t.value(choice.label) })),
          { name: value, label: value },
        ]
      : ICON_CHOICES.map((choice) => ({ name: choice.name, label: t.value(choice.label) }));
  return (
    <fieldset class="choice-group icon-picker" aria-describedby={`${id}-hint ${id}-problem`}>
      <legend>{t.value('catalog.field.icon')}</legend>
      <p id={`${id}-hint`} class="field__hint">
        {t.value('catalog.field.iconHint')}
      </p>
      <div class="icon-picker__choices">
        {choices.map((choice) => (
          <label key={choice.name} class="icon-picker__option">
            <input
              type="radio"
              name={`${id}-icon`}
              value={choice.name}
              checked={value === choice.name}
              aria-invalid={problem ? true : undefined}
              onChange={() => onValue(choice.name)}
            />
            <ItemIcon name={choice.name} size={36} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-problem`} class="field__problem" aria-live="polite">
        {problem ?? ''}
      </p>
    </fieldset>
  );
}

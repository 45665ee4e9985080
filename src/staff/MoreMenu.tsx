/**
 * The navigation's "More" disclosure: a button that shows the less used sections as links below
 * it. Escape, a click elsewhere or following a link closes it; Escape puts the keyboard back on
 * the button. The button is marked while one of its sections is the current page.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.js';
import { ChevronDownIcon } from '../ui/icons.js';
import type { Section, SectionId } from './sections.js';
import './MoreMenu.css';

export function MoreMenu({
  sections,
  current,
  icons,
}: {
  sections: readonly Section[];
  current: SectionId | undefined;
  icons: Record<SectionId, () => JSX.Element>;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A new page closes the menu (a link in it was followed, or the address changed).
  useEffect(() => setOpen(false), [current]);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      if (root.current?.contains(document.activeElement)) button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);
  const here = sections.some((section) => section.id === current);
  return (
    <div class="more-menu" ref={root}>
      <button
        ref={button}
        type="button"
        class={`more-menu__button${here ? ' more-menu__button--here' : ''}`}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t.value('staff.nav.more')}
        <ChevronDownIcon />
      </button>
      <ul id={menuId} class="more-menu__list" hidden={!open}>
        {sections.map((section) => {
          const SectionIcon = icons[section.id];
          return (
            <li key={section.id}>
              <a
                href={section.path}
                aria-current={section.id === current ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                <SectionIcon />
                {t.value(section.label)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

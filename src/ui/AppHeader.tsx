/** The frame's header: program mark and name, screen title, screen tools, language switch, sync status, account. */
import type { ComponentChildren } from 'preact';
import { type Language, t } from '../i18n/index.js';
import { HomeHeartIcon } from './icons.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import './AppHeader.css';

export function AppHeader({
  title,
  status,
  account,
  tools,
  languages,
}: {
  title: string;
  /** The languages the switch offers: every one on public screens, the console's on the staff console. */
  languages: readonly Language[];
  status: ComponentChildren;
  /** Buttons for the whole screen, before the language switch (the kiosk's "Read aloud"). */
  tools?: ComponentChildren;
  /** The staff console's signed-in name and "Sign out". */
  account?: ComponentChildren;
}) {
  return (
    <header class="app-header">
      <div class="app-header__brand">
        <HomeHeartIcon size={32} />
        <span class="app-header__words">
          <span class="app-header__name">{t.value('app.name')}</span>
          <span class="app-header__title">{title}</span>
        </span>
      </div>
      <div class="app-header__tools">
        {tools}
        <LanguageSwitch languages={languages} />
        <div class="app-header__status">{status}</div>
        {account}
      </div>
    </header>
  );
}

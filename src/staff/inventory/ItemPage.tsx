/** One item: on hand, minimum and status; receive, hand out and adjust; and every movement. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { itemName } from '../../core/kiosk/needs.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { Alert, Notice } from '../../ui/Alert.js';
import { workingSite } from '../site-choice.js';
import { useViews } from '../use-views.js';
import { AdjustForm } from './AdjustForm.js';
import { HandOutForm } from './HandOutForm.js';
import { formatNumber } from './inventory-labels.js';
import { itemStock } from './inventory-queries.js';
import { INVENTORY_PATH, RECEIVE_ANCHOR } from './inventory-routes.js';
import { ReceiveForm } from './ReceiveForm.js';
import { StockHistory } from './StockHistory.js';
import { StockStatusTag } from './StockStatusTag.js';

type Action = 'receive' | 'handOut' | 'adjust';

export function ItemPage({ itemId }: { itemId: string }) {
  const site = workingSite.value;
  const loaded = useViews(() => itemStock(itemId, site), `${itemId}:${site}`);
  // The last saved action's confirmation, shown by the form that saved it.
  const [saved, setSaved] = useState<{ action: Action; message: string } | null>(null);
  const back = (
    <p>
      <a href={INVENTORY_PATH}>{t.value('inventory.back')}</a>
    </p>
  );

  if (loaded.status === 'loading') return <p class="loading">{t.value('staff.loading')}</p>;
  if (loaded.status === 'failed' || loaded.value === null) {
    return (
      <>
        {back}
        <h1>{t.value('inventory.notFound.title')}</h1>
        {loaded.status === 'failed' ? (
          <Alert message={t.value('inventory.loadFailed')} />
        ) : (
          <p>{t.value('inventory.notFound')}</p>
        )}
      </>
    );
  }

  const { item, onHand, status, history, earlier, thisDeviceId } = loaded.value;
  const onSaved = (action: Action) => (message: string) => setSaved({ action, message });
  const noticeFor = (action: Action) => (saved?.action === action ? <Notice message={saved.message} /> : null);
  return (
    <>
      {back}
      <h1>
        {itemName(item, currentLanguage.value)}
        {item.retired && <span class="tag">{t.value('inventory.retired')}</span>}
      </h1>
      <dl class="facts stock-facts">
        <dt>{t.value('inventory.col.onHand')}</dt>
        <dd class="stock-facts__on-hand">{formatNumber(onHand)}</dd>
        <dt>{t.value('inventory.col.minimum')}</dt>
        <dd>{item.minimum === null ? t.value('inventory.noMinimum') : formatNumber(item.minimum)}</dd>
        <dt>{t.value('inventory.col.status')}</dt>
        <dd>
          <StockStatusTag status={status} />
          {status === 'needsCount' && (
            <span class="stock-facts__hint">{t.value('inventory.status.needsCountHint')}</span>
          )}
        </dd>
        {item.unit && (
          <>
            <dt>{t.value('inventory.unit')}</dt>
            <dd>{item.unit}</dd>
          </>
        )}
      </dl>
      <div class="stock-actions">
        <ActionPanel id={RECEIVE_ANCHOR} title={t.value('inventory.receive.title')}>
          <ReceiveForm itemId={item.id} onSaved={onSaved('receive')} />
          {noticeFor('receive')}
        </ActionPanel>
        <ActionPanel id="hand-out" title={t.value('inventory.handOut.title')} lead={t.value('inventory.handOut.lead')}>
          <HandOutForm itemId={item.id} onHand={onHand} onSaved={onSaved('handOut')} />
          {noticeFor('handOut')}
        </ActionPanel>
        <ActionPanel id="adjust" title={t.value('inventory.adjust.title')} lead={t.value('inventory.adjust.lead')}>
          <AdjustForm itemId={item.id} onHand={onHand} onSaved={onSaved('adjust')} />
          {noticeFor('adjust')}
        </ActionPanel>
      </div>
      <StockHistory lines={history} earlier={earlier} thisDeviceId={thisDeviceId} />
    </>
  );
}

function ActionPanel(props: { id: string; title: string; lead?: string; children: ComponentChildren }) {
  const panel = useRef<HTMLElement>(null);
  // Opened from a "Receive" link (Today's stock to watch): the keyboard starts in this form.
  useEffect(() => {
    if (location.hash !== `#${props.id}`) return;
    panel.current?.scrollIntoView({ block: 'start' });
    panel.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <section ref={panel} id={props.id} class="panel stock-action" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.lead && <p class="panel__lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}

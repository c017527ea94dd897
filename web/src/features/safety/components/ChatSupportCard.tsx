import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportCardDto } from '../../../../../shared/contracts/safety.js';
import { PlanPointer } from './PlanPointer.js';
import { SupportLines } from './SupportLines.js';
import { SupportWords } from './SupportWords.js';
import { TalkNow } from './TalkNow.js';
import '../safety.css';

interface ChatSupportCardProps {
  card: SupportCardDto;
  onDismiss: () => void;
}

/**
 * Shown only to the author, beside the composer, right after words that suggest they may be struggling.
 * Not a dialog: the chat stays usable. Focus moves to the card when it appears (its name and first words
 * are read out, politely, with no alert) and back to where the person was when they close it.
 */
export function ChatSupportCard({ card, onDismiss }: ChatSupportCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const wordsId = useId();
  const region = useRef<HTMLElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    // A frame later: an edit saved in place first puts focus back on its Edit button, which is where to return.
    const frame = requestAnimationFrame(() => {
      returnTo.current = document.activeElement;
      region.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  function dismiss() {
    onDismiss();
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus();
  }

  return (
    <section ref={region} tabIndex={-1} className={`card support-card support-card-${card.level}`} aria-labelledby={titleId} aria-describedby={wordsId}>
      <h2 id={titleId}>{t(`safety.card.${card.level}.title`)}</h2>
      <SupportWords id={wordsId} level={card.level} />
      <p>{t('safety.card.linesIntro')}</p>
      <SupportLines lines={card.crisisLines} />
      <PlanPointer hasSafetyPlan={card.hasSafetyPlan} />
      <TalkNow available={card.talkNowAvailable} />
      <p>
        <button type="button" className="button-secondary" onClick={dismiss}>
          {t('safety.card.dismiss')}
        </button>
      </p>
    </section>
  );
}

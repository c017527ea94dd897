import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createRoomInput, ROOM_MEMBER_CAP_MAX, type RoomDto } from '../../../../../shared/contracts/rooms.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { useFormValues } from '../../../lib/form-values.js';
import { CheckboxField } from '../../../ui/CheckboxField.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useTopics } from '../../topics/queries.js';
import { useTopicLabel } from '../../topics/topic-labels.js';
import { formToRoomInput, roomToForm } from '../room-form.js';

/** Every field of a room; editing adds whether it is archived. */
export type RoomFormInput = z.output<typeof createRoomInput> & { archived?: boolean };

interface RoomFormProps {
  /** The room being edited; null to create one. */
  room: RoomDto | null;
  submitLabel: string;
  pending: boolean;
  /** Called with checked input; `fail` shows the server's answer beside the fields. */
  onSubmit: (input: RoomFormInput, fail: (error: unknown) => void) => void;
}

/** A room's title, description, topic, community agreement and member cap; when editing, also archived. */
export function RoomForm({ room, submitLabel, pending, onSubmit }: RoomFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const topics = useTopics();
  const topicLabel = useTopicLabel();
  const { values, bind } = useFormValues(roomToForm(room));
  const [archived, setArchived] = useState(room?.archived ?? false);
  const errors = useFormErrors();
  const fields = {
    title: { id: `${id}-title`, label: t('rooms.admin.fieldTitle') },
    description: { id: `${id}-description`, label: t('rooms.admin.description') },
    topic: { id: `${id}-topic`, label: t('rooms.admin.topic') },
    agreement: { id: `${id}-agreement`, label: t('rooms.admin.agreement') },
    memberCap: { id: `${id}-cap`, label: t('rooms.admin.memberCap') },
  };
  const topicOptions = [
    { value: '', label: t('rooms.admin.noTopic') },
    ...(topics.data ?? []).map((topic) => ({ value: topic.key, label: topicLabel(topic.key) })),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const input = errors.validate(createRoomInput, formToRoomInput(values));
    if (input) onSubmit(room ? { ...input, archived } : input, errors.fail);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="form form-wide">
      <ErrorSummary errors={errors} fields={fields} />
      <FormField {...fields.title} {...bind('title')} required error={errors.fields.title} />
      <FormField {...fields.description} {...bind('description')} multiline error={errors.fields.description} />
      <SelectField {...fields.topic} {...bind('topic')} options={topicOptions} error={errors.fields.topic} />
      <FormField
        {...fields.agreement}
        {...bind('agreement')}
        multiline
        rows={8}
        required
        hint={room ? t('rooms.admin.agreementEditHint') : t('rooms.admin.agreementHint')}
        error={errors.fields.agreement}
      />
      <FormField
        {...fields.memberCap}
        {...bind('memberCap')}
        type="number"
        min={2}
        max={ROOM_MEMBER_CAP_MAX}
        step={1}
        required
        hint={t('rooms.admin.memberCapHint', { max: ROOM_MEMBER_CAP_MAX })}
        error={errors.fields.memberCap}
      />
      {room && <CheckboxField id={`${id}-archived`} label={t('rooms.admin.archived')} hint={t('rooms.admin.archivedHint')} checked={archived} onChange={setArchived} />}
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createGroupInput, GROUP_FORMATS } from '../../../../../shared/contracts/groups.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { browserTimeZone, languageOptions, timeZoneOptions } from '../../../lib/intl-options.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { describedBy, FieldErrorMessage } from '../../../ui/FieldErrorMessage.js';
import { FormField } from '../../../ui/FormField.js';
import { Page } from '../../../ui/Page.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { SelectField } from '../../../ui/SelectField.js';
import { useCurrentUser } from '../../auth/queries.js';
import { PersonPicker } from '../../support/components/PersonPicker.js';
import { useTopics } from '../../topics/queries.js';
import { topicLabel } from '../../topics/topic-labels.js';
import { groupFormToInput, type GroupFormValues, type Repeat } from '../group-form.js';
import { groupProblemText } from '../group-problems.js';
import { useCreateGroup } from '../queries.js';

/** /groups/new: administrators and supervisors start a group with a trained lead facilitator. */
export function NewGroupPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isStaff = Boolean(me?.roles.some((role) => role === 'admin' || role === 'supervisor'));
  return <Page title={t('groups.create.title')}>{isStaff ? <NewGroupForm /> : <p className="notice">{t('groups.create.notAllowed')}</p>}</Page>;
}

function NewGroupForm() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const errors = useFormErrors();
  const topics = useTopics().data ?? [];
  const [values, setValues] = useState<GroupFormValues>({
    name: '', description: '', topics: [], language: i18n.language === 'es' ? 'es' : 'en', format: 'online', placeName: '', address: '',
    latitude: '', longitude: '', videoLink: '', timeZone: browserTimeZone() ?? 'UTC', repeat: 'weekly', startsLocal: '', durationMinutes: '90',
    capacity: '12', agreement: '', listing: 'public', facilitatorId: '',
  });
  const set = <K extends keyof GroupFormValues>(key: K) => (value: GroupFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const inPerson = values.format !== 'online';
  const online = values.format !== 'in_person';
  const ids = Object.fromEntries(
    ['name', 'description', 'topics', 'language', 'format', 'placeName', 'address', 'latitude', 'longitude', 'videoLink', 'timeZone', 'rule', 'startsLocal', 'durationMinutes', 'capacity', 'agreement', 'listing', 'facilitators'].map(
      (field) => [field, `${id}-${field}`],
    ),
  ) as Record<string, string>;
  const label = (field: string, text: string) => ({ id: ids[field]!, label: text });
  const startsError = errors.fields.startsLocal;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const input = errors.validate(createGroupInput, groupFormToInput(values));
    if (!input) return;
    create.mutate(input, { onSuccess: (group) => void navigate(`/groups/${encodeURIComponent(group.id)}`), onError: errors.fail });
  }

  return (
    <>
      <ErrorSummary
        errors={{ ...errors, problem: null }}
        fields={{
          name: label('name', t('groups.create.name')),
          description: label('description', t('groups.create.description')),
          topics: label('topics', t('groups.create.topics')),
          language: label('language', t('groups.create.language')),
          format: label('format', t('groups.create.format')),
          placeName: label('placeName', t('groups.create.placeName')),
          address: label('address', t('groups.create.address')),
          latitude: label('latitude', t('groups.create.latitude')),
          longitude: label('longitude', t('groups.create.longitude')),
          videoLink: label('videoLink', t('groups.create.videoLink')),
          timeZone: label('timeZone', t('groups.create.timeZone')),
          rule: { id: ids.rule!, label: t('groups.create.repeat') },
          startsLocal: label('startsLocal', t('groups.create.startsLocal')),
          durationMinutes: label('durationMinutes', t('groups.create.duration')),
          capacity: label('capacity', t('groups.create.capacity')),
          agreement: label('agreement', t('groups.create.agreement')),
          facilitators: label('facilitators', t('groups.create.facilitator')),
          'facilitators.0.userId': label('facilitators', t('groups.create.facilitator')),
        }}
      />
      {errors.problem !== null && (
        <p role="alert" className="notice notice-error">
          {groupProblemText(t, errors.problem)}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit} className="form">
        <FormField id={ids.name!} label={t('groups.create.name')} value={values.name} onChange={set('name')} required error={errors.fields.name} />
        <FormField id={ids.description!} label={t('groups.create.description')} value={values.description} onChange={set('description')} multiline error={errors.fields.description} />
        <CheckboxGroup
          id={ids.topics!}
          legend={t('groups.create.topics')}
          options={topics.map((topic) => ({ value: topic.key, label: topicLabel(topics, topic.key, i18n.language) }))}
          selected={values.topics}
          onChange={set('topics')}
          error={errors.fields.topics}
        />
        <SelectField
          id={ids.language!}
          label={t('groups.create.language')}
          value={values.language}
          options={languageOptions(i18n.language).map((option) => ({ value: option.code, label: option.name }))}
          onChange={set('language')}
          error={errors.fields.language}
        />
        <RadioGroup
          id={ids.format!}
          legend={t('groups.create.format')}
          options={GROUP_FORMATS.map((format) => ({ value: format, label: t(`groups.formats.${format}`) }))}
          value={values.format}
          onChange={set('format')}
          error={errors.fields.format}
        />
        {inPerson && (
          <>
            <FormField id={ids.placeName!} label={t('groups.create.placeName')} hint={t('groups.create.placeNameHint')} value={values.placeName} onChange={set('placeName')} error={errors.fields.placeName} />
            <FormField id={ids.address!} label={t('groups.create.address')} hint={t('groups.create.addressHint')} value={values.address} onChange={set('address')} error={errors.fields.address} />
            <FormField id={ids.latitude!} label={t('groups.create.latitude')} hint={t('groups.create.coordinatesHint')} value={values.latitude} onChange={set('latitude')} error={errors.fields.latitude} />
            <FormField id={ids.longitude!} label={t('groups.create.longitude')} value={values.longitude} onChange={set('longitude')} error={errors.fields.longitude} />
          </>
        )}
        {online && (
          <FormField id={ids.videoLink!} label={t('groups.create.videoLink')} hint={t('groups.create.videoLinkHint')} type="url" value={values.videoLink} onChange={set('videoLink')} error={errors.fields.videoLink} />
        )}
        <SelectField
          id={ids.timeZone!}
          label={t('groups.create.timeZone')}
          value={values.timeZone}
          options={timeZoneOptions(values.timeZone).map((option) => ({ value: option.code, label: option.name }))}
          onChange={set('timeZone')}
          error={errors.fields.timeZone}
        />
        <div className={startsError ? 'field field-invalid' : 'field'}>
          <label htmlFor={ids.startsLocal}>{t('groups.create.startsLocal')}</label>
          <p id={`${ids.startsLocal}-hint`} className="field-hint">
            {t('groups.create.startsLocalHint')}
          </p>
          <input
            id={ids.startsLocal}
            type="datetime-local"
            value={values.startsLocal}
            aria-invalid={startsError ? true : undefined}
            aria-describedby={describedBy(`${ids.startsLocal}-hint`, startsError ? `${ids.startsLocal}-error` : null)}
            onChange={(event) => set('startsLocal')(event.target.value)}
          />
          <FieldErrorMessage id={`${ids.startsLocal}-error`} error={startsError} />
        </div>
        <RadioGroup<Repeat>
          id={ids.rule!}
          legend={t('groups.create.repeat')}
          options={[
            { value: 'weekly', label: t('groups.create.weekly') },
            { value: 'fortnightly', label: t('groups.create.fortnightly') },
            { value: 'monthly', label: t('groups.create.monthly') },
          ]}
          value={values.repeat}
          onChange={set('repeat')}
          error={errors.fields.rule}
        />
        <FormField id={ids.durationMinutes!} label={t('groups.create.duration')} hint={t('groups.create.durationHint')} type="number" min={15} max={240} value={values.durationMinutes} onChange={set('durationMinutes')} error={errors.fields.durationMinutes} />
        <FormField id={ids.capacity!} label={t('groups.create.capacity')} hint={t('groups.create.capacityHint')} type="number" min={2} max={60} value={values.capacity} onChange={set('capacity')} error={errors.fields.capacity} />
        <FormField id={ids.agreement!} label={t('groups.create.agreement')} hint={t('groups.create.agreementHint')} value={values.agreement} onChange={set('agreement')} multiline rows={6} error={errors.fields.agreement} />
        <RadioGroup
          id={ids.listing!}
          legend={t('groups.create.listing')}
          options={[
            { value: 'public' as const, label: t('groups.create.listingPublic') },
            { value: 'invitation' as const, label: t('groups.create.listingInvitation') },
          ]}
          value={values.listing}
          onChange={set('listing')}
        />
        <PersonPicker
          id={ids.facilitators!}
          role="supporter"
          searchLabel={t('groups.create.facilitator')}
          selectLabel={t('groups.create.facilitatorHint')}
          value={values.facilitatorId}
          onChange={(userId) => set('facilitatorId')(userId)}
          error={errors.fields.facilitators ?? errors.fields['facilitators.0.userId']}
        />
        <button type="submit">{t('groups.create.submit')}</button>
      </form>
    </>
  );
}

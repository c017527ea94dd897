import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FINDER_FORMATS, groupSearchQuery, type GroupSearchResultDto } from '../../../../../shared/contracts/groups-finder.js';
import { useFormErrors } from '../../../lib/form-errors.js';
import { languageName, languageOptions, weekdayName } from '../../../lib/intl-options.js';
import { CheckboxGroup } from '../../../ui/CheckboxGroup.js';
import { DateTime } from '../../../ui/DateTime.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FormField } from '../../../ui/FormField.js';
import { LoadError } from '../../../ui/LoadError.js';
import { Loading } from '../../../ui/Loading.js';
import { RadioGroup } from '../../../ui/RadioGroup.js';
import { SelectField } from '../../../ui/SelectField.js';
import { StatusMessage } from '../../../ui/StatusMessage.js';
import { useTopics } from '../../topics/queries.js';
import { topicLabel } from '../../topics/topic-labels.js';
import { EMPTY_FILTERS, filtersFromSearch, filtersToQuery, filtersToSearch, type FinderFilters, type FinderFormat } from '../finder-query.js';
import { placeSuggestions } from '../group-problems.js';
import { useGroupSearch } from '../queries.js';
import { SeatsText } from './SeatsText.js';

/** The group finder: filters kept in the page address, a place typed (never a position), and a list of results. */
export function GroupFinder() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const applied = filtersFromSearch(params);
  const query = filtersToQuery(applied);
  const search = useGroupSearch(query);
  const [filters, setFilters] = useState<FinderFilters>(applied);
  const errors = useFormErrors();
  const topics = useTopics().data;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  const suggestions = placeSuggestions(search.error);
  const fieldIds = {
    topic: `${id}-topic`, language: `${id}-language`, format: `${id}-format`, day: `${id}-day`, from: `${id}-from`, to: `${id}-to`,
    near: `${id}-near`, radiusKm: `${id}-radius`, sort: `${id}-sort`,
  };

  // A place the finder does not know (or any refused search) is named beside its field and focused.
  const { fail } = errors;
  useEffect(() => {
    if (search.error) fail(search.error);
  }, [search.error, fail]);

  useEffect(() => {
    if (!focusResults.current || search.isFetching || search.isError) return;
    focusResults.current = false;
    resultsHeading.current?.focus();
  }, [search.isFetching, search.isError]);

  function set<K extends keyof FinderFilters>(key: K, value: FinderFilters[K]) {
    setFilters((previous) => ({ ...previous, [key]: value }));
  }

  function run(next: FinderFilters) {
    const checked = errors.validate(groupSearchQuery, filtersToQuery(next));
    if (!checked) return;
    focusResults.current = true;
    setParams(filtersToSearch(next));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(filters);
  }

  function chooseSuggestion(label: string) {
    const next = { ...filters, near: label };
    setFilters(next);
    run(next);
  }

  const topicOptions = [{ value: '', label: t('groups.finder.anyTopic') }, ...(topics ?? []).map((topic) => ({ value: topic.key, label: topicLabel(topics, topic.key, i18n.language) }))];
  const languageChoices = [{ value: '', label: t('groups.finder.anyLanguage') }, ...languageOptions(i18n.language).map((option) => ({ value: option.code, label: option.name }))];
  const formatOptions = FINDER_FORMATS.map((format) => ({ value: format, label: t(`groups.formats.${format}`) }));
  const dayOptions = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: weekdayName(day - 1, i18n.language) }));
  const results = search.data?.pages.flatMap((page) => page.results) ?? [];
  const near = search.data?.pages[0]?.near ?? null;

  return (
    <>
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('groups.finder.heading')}</h2>
        <ErrorSummary
          errors={errors}
          fields={{
            near: { id: fieldIds.near, label: t('groups.finder.near') },
            radiusKm: { id: fieldIds.radiusKm, label: t('groups.finder.radius') },
            from: { id: fieldIds.from, label: t('groups.finder.from') },
            to: { id: fieldIds.to, label: t('groups.finder.to') },
            format: { id: fieldIds.format, label: t('groups.finder.formats') },
            sort: { id: fieldIds.sort, label: t('groups.finder.sort') },
            topic: { id: fieldIds.topic, label: t('groups.finder.topic') },
            language: { id: fieldIds.language, label: t('groups.finder.language') },
            day: { id: fieldIds.day, label: t('groups.finder.days') },
          }}
        />
        {suggestions.length > 0 && (
          <div className="notice" role="group" aria-labelledby={`${id}-suggestions`}>
            <p id={`${id}-suggestions`}>{t('groups.finder.suggestionsHeading')}</p>
            <ul className="plain-list actions">
              {suggestions.map((suggestion) => (
                <li key={suggestion.label}>
                  <button type="button" className="button-secondary" onClick={() => chooseSuggestion(suggestion.label)}>
                    {t('groups.finder.useSuggestion', { label: suggestion.label })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form noValidate onSubmit={handleSubmit} className="form">
          <FormField
            id={fieldIds.near}
            label={t('groups.finder.near')}
            hint={t('groups.finder.nearHint')}
            value={filters.near}
            onChange={(value) => set('near', value)}
            type="search"
            autoComplete="off"
            error={errors.fields.near}
          />
          <FormField
            id={fieldIds.radiusKm}
            label={t('groups.finder.radius')}
            hint={t('groups.finder.radiusHint')}
            value={filters.radiusKm}
            onChange={(value) => set('radiusKm', value)}
            type="number"
            min={1}
            max={250}
            error={errors.fields.radiusKm}
          />
          <SelectField id={fieldIds.topic} label={t('groups.finder.topic')} value={filters.topic} options={topicOptions} onChange={(value) => set('topic', value)} error={errors.fields.topic} />
          <SelectField id={fieldIds.language} label={t('groups.finder.language')} value={filters.language} options={languageChoices} onChange={(value) => set('language', value)} error={errors.fields.language} />
          <CheckboxGroup
            id={fieldIds.format}
            legend={t('groups.finder.formats')}
            options={formatOptions}
            selected={filters.formats}
            onChange={(values) => set('formats', values as FinderFormat[])}
            error={errors.fields.format}
          />
          <CheckboxGroup id={fieldIds.day} legend={t('groups.finder.days')} options={dayOptions} selected={filters.days} onChange={(values) => set('days', values)} error={errors.fields.day} />
          <FormField id={fieldIds.from} label={t('groups.finder.from')} hint={t('groups.finder.timeHint')} value={filters.from} onChange={(value) => set('from', value)} type="time" error={errors.fields.from} />
          <FormField id={fieldIds.to} label={t('groups.finder.to')} value={filters.to} onChange={(value) => set('to', value)} type="time" error={errors.fields.to} />
          <RadioGroup
            id={fieldIds.sort}
            legend={t('groups.finder.sort')}
            options={[
              { value: 'next' as const, label: t('groups.finder.sortNext') },
              { value: 'distance' as const, label: t('groups.finder.sortDistance') },
            ]}
            value={filters.sort || (filters.near.trim() ? 'distance' : 'next')}
            onChange={(value) => set('sort', value)}
            error={errors.fields.sort}
          />
          <div className="actions">
            <button type="submit">{t('groups.finder.search')}</button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setFilters(EMPTY_FILTERS);
                errors.clear();
                setParams(new URLSearchParams());
              }}
            >
              {t('groups.finder.clear')}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`} ref={resultsHeading} tabIndex={-1}>
          {near ? t('groups.finder.resultsNear', { radius: near.radiusKm, place: near.place.name }) : t('groups.finder.results')}
        </h2>
        <StatusMessage message={search.data && !search.isFetching ? t('groups.finder.resultCount', { count: results.length }) : null} />
        {search.isError && placeSuggestions(search.error).length === 0 && !(errors.fields.near || errors.fields.radiusKm) ? (
          <LoadError error={search.error} onRetry={() => void search.refetch()} />
        ) : !search.data ? (
          search.isError ? null : <Loading />
        ) : results.length === 0 ? (
          <p>{t('groups.finder.none')}</p>
        ) : (
          <>
            <ul className="plain-list group-results">
              {results.map((group) => (
                <GroupResult key={group.id} group={group} />
              ))}
            </ul>
            {search.hasNextPage && (
              <button type="button" className="button-secondary" disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
                {t('groups.finder.more')}
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}

function GroupResult({ group }: { group: GroupSearchResultDto }) {
  const { t, i18n } = useTranslation();
  const topics = useTopics().data;
  const facts = [
    t(`groups.formats.${group.format}`),
    languageName(group.language, i18n.language),
    group.placeName ? (group.distanceKm !== null ? `${group.placeName} (${t('groups.finder.distance', { distance: group.distanceKm })})` : group.placeName) : null,
  ].filter(Boolean);
  return (
    <li className="card">
      <h3>
        <Link to={`/groups/${encodeURIComponent(group.id)}`}>{group.name}</Link>
      </h3>
      <p>{facts.join(' · ')}</p>
      {group.topics.length > 0 && <p className="muted">{group.topics.map((key) => topicLabel(topics, key, i18n.language)).join(', ')}</p>}
      <p>
        {group.nextMeetingAt ? (
          <>
            {t('groups.finder.nextMeeting')} <DateTime iso={group.nextMeetingAt} />
          </>
        ) : (
          t('groups.finder.noNextMeeting')
        )}
      </p>
      <p>
        <SeatsText spotsLeft={group.spotsLeft} waiting={group.hasWaitlist} />
      </p>
    </li>
  );
}

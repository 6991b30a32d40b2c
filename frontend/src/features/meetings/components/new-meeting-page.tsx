import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldGroup } from '@/components/form-field';
import { FormProblems } from '@/components/form-problems';
import { SelectField } from '@/components/select-field';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';
import { formErrors } from '@/lib/form-errors';
import { usePageTitle } from '@/lib/use-page-title';
import { useCreateMeeting } from '../api/create-meeting';
import { useMeetingValues } from '../api/list-values';
import { NS } from '../i18n';

const FIELDS = ['name', 'meetingDate', 'valueId', 'k', 'emails'] as const;

function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/** /moeder/ny: a leader makes a meeting evaluation against one value. */
export function NewMeetingPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('form.title'));
  const navigate = useNavigate();
  const values = useMeetingValues();
  const create = useCreateMeeting();
  const [name, setName] = useState('');
  const [meetingDate, setMeetingDate] = useState(today);
  const [valueId, setValueId] = useState('');
  const [k, setK] = useState('3');
  const [byMail, setByMail] = useState(false);
  const [emails, setEmails] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const errors = formErrors(create.error, FIELDS, t('form.failed'));

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { name: name.trim() === '', meetingDate: meetingDate === '', valueId: valueId === '' };
    setMissing(nowMissing);
    if (Object.values(nowMissing).some(Boolean)) return;
    const invitees = byMail ? emails.split(/[\s,;]+/).map((e) => e.trim()).filter((e) => e !== '') : [];
    create.mutate(
      { name: name.trim(), meetingDate, valueId, k: Number(k), ...(byMail ? { emails: invitees } : {}) },
      { onSuccess: (meeting) => void navigate(`/moeder/${meeting.id}`) },
    );
  }

  const error = (field: (typeof FIELDS)[number]) => (missing[field] ? t('form.required') : errors.fields[field]);
  const frameworks = [...new Set((values.data ?? []).map((v) => v.frameworkName))];

  return (
    <>
      <h1>{t('form.title')}</h1>
      <p className="font-lead">{t('form.intro')}</p>
      <form onSubmit={submit} noValidate>
        <FormProblems messages={errors.other} />
        <TextField id="meeting-name" label={t('form.name')} hint={t('form.nameHint')} value={name} maxLength={200}
          error={error('name')} onChange={(event) => setName(event.target.value)} />
        <TextField id="meeting-date" type="date" label={t('form.date')} value={meetingDate} error={error('meetingDate')}
          onChange={(event) => setMeetingDate(event.target.value)} />
        <SelectField id="meeting-value" label={t('form.value')} hint={t('form.valueHint')} value={valueId}
          error={error('valueId')} onChange={setValueId}
          after={values.data?.length === 0 ? <p>{t('form.noValues')}</p> : undefined}>
          <option value="">{t('form.chooseValue')}</option>
          {frameworks.map((framework) => (
            <optgroup key={framework} label={framework}>
              {(values.data ?? []).filter((v) => v.frameworkName === framework).map((v) => (
                <option key={v.valueId} value={v.valueId}>
                  {v.title}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField id="meeting-k" label={t('form.k')} hint={t('form.kHint')} value={k} error={error('k')} onChange={setK}>
          {[3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </SelectField>
        <FieldGroup id="meeting-mode" legend={t('form.mode')}>
          <div className="form-group-radio">
            <input type="radio" className="form-radio" id="meeting-mode-link" name="meeting-mode" checked={!byMail}
              onChange={() => setByMail(false)} />
            <label className="form-label" htmlFor="meeting-mode-link">{t('form.modeLink')}</label>
          </div>
          <div className="form-group-radio">
            <input type="radio" className="form-radio" id="meeting-mode-mail" name="meeting-mode" checked={byMail}
              onChange={() => setByMail(true)} />
            <label className="form-label" htmlFor="meeting-mode-mail">{t('form.modeMail')}</label>
          </div>
        </FieldGroup>
        {byMail && (
          <TextAreaField id="meeting-emails" label={t('form.emails')} hint={t('form.emailsHint')} rows={5} value={emails}
            error={error('emails')} onChange={(event) => setEmails(event.target.value)} />
        )}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('form.submit')}
        </button>{' '}
        <Link to="/moeder" className="button button-secondary">
          {t('form.cancel')}
        </Link>
      </form>
    </>
  );
}

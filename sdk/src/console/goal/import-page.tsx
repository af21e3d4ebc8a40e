/**
 * Goals and KPIs from a spreadsheet (`/app/goals/import`): choose or paste a CSV, check it
 * (the server's dry run: what each row would create or update, or each problem by row and
 * column), then apply exactly that file, all or nothing. Admins import for the org, managers
 * for their teams; the server decides row by row with the same rules as the console's forms.
 */
import { useState } from 'preact/hooks';
import { Field } from '../../widgets/field';
import { issuesOf } from '../../widgets/field-errors';
import { t, tPlural } from '../../i18n/console/i18n';
import { Page } from '../page';
import { apiRequest } from '../session';

interface PlannedRow {
  row: number;
  kind: 'goal' | 'kpi';
  action: 'create' | 'update' | 'unchanged';
  id: string;
  title: string;
  fields?: Record<string, { from: unknown; to: unknown }>;
}
interface ImportResult {
  dryRun: boolean;
  goals: Record<PlannedRow['action'], number>;
  kpis: Record<PlannedRow['action'], number>;
  rows: PlannedRow[];
}

const EXAMPLE = [
  'kind,cycle,title,level,team,owner_email,parent,weight,visibility,status,due_on,goal,indicator,unit,baseline,target,direction,counts,source',
  'goal,2027 Q1,Delight customers,org,,,,3,org,active,,,,,,,,,',
  'goal,2027 Q1,Faster first replies,team,Support,,Delight customers,2,team,active,2027-03-31,,,,,,,,',
  'kpi,2027 Q1,First reply time,,,,,1,,,,Faster first replies,lagging,h,8,4,decrease,false,manual',
].join('\n');

type State = { step: 'edit' } | { step: 'checking' | 'applying' } | { step: 'checked'; result: ImportResult; csv: string } | { step: 'applied'; result: ImportResult } | { step: 'failed'; issues: Array<{ path: string; message: string }>; problem: string };

/** `row.5.parent` -> row 5, column parent. */
const where = (path: string) => {
  const [, row, column] = /^row\.(\d+)(?:\.(\w+))?$/.exec(path) ?? [];
  if (!row) return path;
  return column ? t('import.rowColumn', { row, column }) : t('import.row', { row });
};

function Summary({ result }: { result: ImportResult }) {
  return (
    <ul>
      <li>{t('import.goalCounts', { create: result.goals.create, update: result.goals.update, unchanged: result.goals.unchanged })}</li>
      <li>{t('import.kpiCounts', { create: result.kpis.create, update: result.kpis.update, unchanged: result.kpis.unchanged })}</li>
    </ul>
  );
}

function Rows({ rows, linked }: { rows: PlannedRow[]; linked: boolean }) {
  return (
    <table class="table">
      <caption class="visually-hidden">{t('import.previewCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.colRow')}</th>
          <th scope="col">{t('import.colKind')}</th>
          <th scope="col">{t('import.colTitle')}</th>
          <th scope="col">{t('import.colAction')}</th>
          <th scope="col">{t('import.colChanges')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.row}>
            <td>{r.row}</td>
            <td>{t(`import.kind.${r.kind}`)}</td>
            <td>{linked && r.kind === 'goal' ? <a href={`/app/goals/${r.id}`}>{r.title}</a> : r.title}</td>
            <td>{t(`import.action.${r.action}`)}</td>
            <td>
              {Object.entries(r.fields ?? {})
                .map(([field, change]) => `${field}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`)
                .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportPage() {
  const [csv, setCsv] = useState('');
  const [state, setState] = useState<State>({ step: 'edit' });

  const send = async (text: string, dryRun: boolean) => {
    setState({ step: dryRun ? 'checking' : 'applying' });
    try {
      const result = (await apiRequest(`/v1/goals/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', csv: text })) as ImportResult;
      setState(dryRun ? { step: 'checked', result, csv: text } : { step: 'applied', result });
    } catch (error) {
      setState({ step: 'failed', issues: issuesOf(error), problem: error instanceof Error ? error.message : String(error) });
    }
  };
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setCsv(await file.text());
    setState({ step: 'edit' });
  };
  const busy = state.step === 'checking' || state.step === 'applying';

  return (
    <Page title={t('import.title')}>
      <p>{t('import.intro')}</p>
      <details>
        <summary>{t('import.columns')}</summary>
        <p>{t('import.columnsHelp')}</p>
        <pre>{EXAMPLE}</pre>
      </details>
      <form
        class="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send(csv, true);
        }}
      >
        <Field id="import-file" label={t('import.file')}>
          {(p) => <input {...p} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />}
        </Field>
        <Field id="import-text" label={t('import.text')} hint={t('import.textHint')}>
          {(p) => (
            <textarea
              {...p}
              rows={8}
              value={csv}
              spellcheck={false}
              onInput={(e) => {
                setCsv(e.currentTarget.value);
                setState({ step: 'edit' });
              }}
            />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy || csv.trim() === ''}>
          {t('import.check')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.step === 'checking' && <p>{t('import.checking')}</p>}
        {state.step === 'applying' && <p>{t('import.applying')}</p>}
        {state.step === 'failed' && (
          <div class="status error">
            <p>{state.issues.length ? tPlural('import.problems', state.issues.length) : state.problem}</p>
            {state.issues.length > 0 && (
              <ul data-testid="import-issues">
                {state.issues.map((issue, i) => (
                  <li key={i}>
                    {where(issue.path)}: {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state.step === 'checked' && (
          <>
            <h2>{t('import.preview')}</h2>
            <Summary result={state.result} />
          </>
        )}
        {state.step === 'applied' && (
          <>
            <h2>{t('import.done')}</h2>
            <Summary result={state.result} />
          </>
        )}
      </div>
      {state.step === 'checked' && (
        <>
          <Rows rows={state.result.rows} linked={false} />
          <button type="button" class="primary" disabled={busy} onClick={() => void send(state.csv, false)}>
            {t('import.apply')}
          </button>
        </>
      )}
      {state.step === 'applied' && <Rows rows={state.result.rows} linked />}
    </Page>
  );
}

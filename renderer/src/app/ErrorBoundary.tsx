import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown instead of a blank window when a screen fails: what happened and a way back. */
export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  const { t } = useTranslation();
  if (error) console.error(error);
  return (
    <div className="page" role="alert">
      <h1>{notFound ? t('errors.notFoundTitle') : t('errors.crashTitle')}</h1>
      <p>{notFound ? t('errors.notFoundBody') : t('errors.crashBody')}</p>
      <div className="actions">
        <a className="btn btn-primary" href="#/">
          {t('errors.toHome')}
        </a>
        {!notFound && (
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </button>
        )}
      </div>
    </div>
  );
}

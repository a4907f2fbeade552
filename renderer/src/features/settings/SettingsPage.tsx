import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { usePageTitle } from '../../hooks/use-page-title';
import { platform } from '../../platform';
import { usePreferences, type Language, type ThemePreference } from '../../state/preferences';
import { Field } from '../../ui/Field';
import { SchoolSettingsSection } from './components/SchoolSettingsSection';

/** Language, theme, and what the teacher should know about where their data lives. */
export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const { language, theme, setLanguage, setTheme } = usePreferences();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  useEffect(() => {
    void platform.getAppInfo().then(setInfo);
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="muted">{t('settings.subtitle')}</p>
        </div>
      </div>
      <section className="card form" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('settings.appearance')}</h2>
        <div className="form-row">
          <Field label={t('settings.language')}>
            <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </Field>
          <Field label={t('settings.theme')} hint={t('settings.themeHint')}>
            <select value={theme} onChange={(event) => setTheme(event.target.value as ThemePreference)}>
              <option value="system">{t('settings.themes.system')}</option>
              <option value="light">{t('settings.themes.light')}</option>
              <option value="dark">{t('settings.themes.dark')}</option>
            </select>
          </Field>
        </div>
      </section>
      <SchoolSettingsSection />
      <section className="card form" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.data')}</h2>
        <p>{t('settings.dataBody')}</p>
        <p className="muted">
          {persisted === null ? t('settings.persistUnknown') : persisted ? t('settings.persistOn') : t('settings.persistOff')}
        </p>
        <p>
          <Link to="/back-up">{t('backup.settingsLink')}</Link>
        </p>
      </section>
      <section className="card form" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        {info && (
          <dl className="about-list">
            <dt>{t('settings.version')}</dt>
            <dd>{info.version}</dd>
            <dt>{t('settings.environment')}</dt>
            <dd>{platform.kind === 'desktop' ? `Electron ${info.electron} · ${info.platform}` : t('settings.browser', { chrome: info.chrome })}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}

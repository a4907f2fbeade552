import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { loadDemoSchool } from '../../db/repositories/demo-school';
import { useToasts } from '../../state/toasts';

/** Fills an empty database with the voorbeeldschool, to explore the app without real pupils. */
export function LoadDemoButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const show = useToasts((state) => state.show);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={`btn ${primary ? 'btn-primary' : ''}`}
      disabled={busy}
      aria-busy={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const count = await loadDemoSchool('demo');
          show({ message: t('demo.loaded', { count }), tone: 'success' });
          navigate('/leerlingen');
        } catch (error) {
          console.error(error);
          show({ message: t('demo.failed'), tone: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? t('demo.loading') : t('demo.load')}
    </button>
  );
}

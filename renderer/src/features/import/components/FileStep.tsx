import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileProblemError, type RawTable } from '../../../../../shared/import/raw-table';
import { UploadIcon } from '../../../ui/icons';
import { fileProblemMessage } from '../messages';
import { readImportFile } from '../read-import-file';

interface FileStepProps {
  onRead: (fileName: string, table: RawTable) => void;
}

/** Step 1: pick or drop a CSV/XLSX export; file-level problems are reported here and stop the import. */
export function FileStep({ onRead }: FileStepProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setReading(true);
    try {
      onRead(file.name, await readImportFile(file));
    } catch (error) {
      if (error instanceof FileProblemError) setProblem(fileProblemMessage(t, file.name, error.problem));
      else {
        console.error(error);
        setProblem(t('import.file.unexpected', { file: file.name }));
      }
    } finally {
      setReading(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <div className="form">
      <div
        className="dropzone"
        data-active={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void read(event.dataTransfer.files[0]);
        }}
      >
        <UploadIcon size={32} />
        <p>
          <strong>{t('import.choose.drop')}</strong>
        </p>
        <p className="muted">{t('import.choose.formats')}</p>
        <label htmlFor={inputId} className="btn btn-primary">
          {reading ? t('import.choose.reading') : t('import.choose.pick')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </div>
      {problem && (
        <div className="alert alert-error" role="alert">
          <strong>{t('import.file.title')}</strong>
          <p>{problem}</p>
          <p>{t('import.file.nothingChanged')}</p>
        </div>
      )}
      <div className="alert alert-info">
        <strong>{t('import.choose.howTitle')}</strong>
        <ul>
          <li>{t('import.choose.howMagister')}</li>
          <li>{t('import.choose.howSomtoday')}</li>
          <li>{t('import.choose.howMerge')}</li>
        </ul>
      </div>
    </div>
  );
}

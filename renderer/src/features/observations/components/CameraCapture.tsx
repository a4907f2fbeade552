import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { captureFrame, openCamera, stopCamera, type CameraProblem } from '../camera';

interface CameraCaptureProps {
  onCapture: (file: File) => void;
  onProblem: (problem: CameraProblem) => void;
  onClose: () => void;
}

/**
 * The camera's live image with one button to take the picture. The camera is asked for when
 * this appears and released when it goes, so the light on the laptop goes out at once.
 */
export function CameraCapture({ onCapture, onProblem, onClose }: CameraCaptureProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | null = null;
    void openCamera().then((result) => {
      if (cancelled) {
        if (result.ok) stopCamera(result.stream);
        return;
      }
      if (!result.ok) {
        onProblem(result.problem);
        return;
      }
      opened = result.stream;
      setStream(result.stream);
    });
    return () => {
      cancelled = true;
      if (opened) stopCamera(opened);
    };
    // Once per appearance: a new callback identity must not restart the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (video.current && stream) video.current.srcObject = stream;
  }, [stream]);

  const capture = async () => {
    if (!video.current) return;
    onCapture(await captureFrame(video.current));
  };

  return (
    <div className="camera" role="group" aria-label={t('observations.camera.title')}>
      {!stream && <p className="muted">{t('observations.camera.starting')}</p>}
      <video ref={video} autoPlay playsInline muted aria-label={t('observations.camera.video')} hidden={!stream} />
      <div className="toolbar">
        <button type="button" className="btn btn-primary" onClick={() => void capture()} disabled={!stream}>
          {t('observations.camera.capture')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@utrecht/component-library-react';

/**
 * A QR code as an image with an accessible name. The `qrcode` library is loaded on demand, so it stays out of the
 * first load; the code is drawn locally (no request anywhere).
 */
export function QrImage({
  text,
  alt,
  size = 320,
  failedText,
}: {
  text: string;
  alt: string;
  size?: number;
  /** What to say when the text does not fit in a code (the screen knows why it is long). */
  failedText?: string;
}) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setSrc(null);
    setFailed(false);
    import('qrcode')
      .then((QRCode) =>
        QRCode.toDataURL(text, {
          errorCorrectionLevel: 'M',
          margin: 4,
          width: size,
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then((url) => {
        if (live) setSrc(url);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [text, size]);
  if (failed) return <Alert type="warning">{failedText ?? t('workshop.invite.qrFailed')}</Alert>;
  if (!src) return <p className="zs-hint zs-qr__placeholder">{t('workshop.invite.qrLoading')}</p>;
  return <img className="zs-qr" src={src} alt={alt} width={size} height={size} data-qr-text={text} />;
}

export type ReadFeedback = { type: 'ok' | 'info' | 'error'; text: string } | null;

type JsQr = (typeof import('jsqr'))['default'];
let jsQrPromise: Promise<JsQr> | null = null;
const loadJsQr = () => (jsQrPromise ??= import('jsqr').then((m) => m.default));

/** Reads a QR code from image data; null when there is none. */
async function decode(data: ImageData): Promise<string | null> {
  const jsQR = await loadJsQr();
  return jsQR(data.data, data.width, data.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** Draws a video frame or picture onto the canvas, at most `max` pixels wide, and returns its pixels. */
function pixels(
  canvas: HTMLCanvasElement,
  source: CanvasImageSource,
  w: number,
  h: number,
  max = 800,
): ImageData | null {
  const scale = Math.min(1, max / Math.max(w, h));
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

type CameraProblem = 'noCamera' | 'denied' | 'insecure' | 'failed';

/**
 * Reads QR codes with the device's camera (getUserMedia and jsQR on a canvas, all on the device), or from a photo or
 * screenshot. Every text read goes to `onText`, which says what it meant; `continuous` keeps scanning after a code
 * (the trainer reading one participant after the other).
 */
export function QrReader({
  onText,
  startLabel,
  continuous = false,
}: {
  onText: (text: string) => ReadFeedback;
  startLabel: string;
  continuous?: boolean;
}) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const lastText = useRef<string>('');
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });
  const [state, setState] = useState<'idle' | 'starting' | 'scanning'>('idle');
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [feedback, setFeedback] = useState<ReadFeedback>(null);
  const imageId = useId();

  const stop = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    streamRef.current?.getTracks().forEach((tr) => tr.stop());
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setState('idle');
  };
  useEffect(() => stop, []);

  const handle = (text: string): boolean => {
    const fb = onTextRef.current(text);
    setFeedback(fb);
    return fb?.type === 'ok';
  };

  const tick = async () => {
    const video = videoRef.current;
    const canvas = canvasRef.current;
    if (!video || !canvas || !streamRef.current) return;
    if (video.readyState >= 2 && video.videoWidth > 0) {
      const data = pixels(canvas, video, video.videoWidth, video.videoHeight);
      const text = data ? await decode(data) : null;
      // the same code stays in view for a while: handle it once
      if (text && text !== lastText.current) {
        lastText.current = text;
        const done = handle(text);
        if (done && !continuous) {
          stop();
          return;
        }
      }
    }
    if (streamRef.current) timer.current = window.setTimeout(() => void tick(), 150);
  };

  const start = async () => {
    setProblem(null);
    setFeedback(null);
    lastText.current = '';
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(window.isSecureContext === false ? 'insecure' : 'noCamera');
      return;
    }
    setState('starting');
    try {
      void loadJsQr();
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      streamRef.current = stream;
      const video = videoRef.current;
      if (video) {
        video.srcObject = stream;
        await video.play().catch(() => undefined);
      }
      setState('scanning');
      void tick();
    } catch (e) {
      const name = e instanceof DOMException || e instanceof Error ? e.name : '';
      setProblem(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'noCamera'
            : 'failed',
      );
      stop();
    }
  };

  const readImage = async (file: File) => {
    setFeedback(null);
    const canvas = canvasRef.current;
    if (!canvas) return;
    let text: string | null = null;
    try {
      const bitmap = await createImageBitmap(file);
      const data = pixels(canvas, bitmap, bitmap.width, bitmap.height, 1600);
      text = data ? await decode(data) : null;
    } catch {
      text = null;
    }
    if (text) handle(text);
    else setFeedback({ type: 'error', text: t('workshop.camera.noCodeInImage') });
  };

  return (
    <div className="zs-qr-reader">
      <div className="zs-qr-reader__controls">
        {state === 'idle' ? (
          <Button appearance="secondary-action-button" onClick={() => void start()}>
            {startLabel}
          </Button>
        ) : (
          <Button appearance="secondary-action-button" onClick={stop}>
            {t('workshop.camera.stop')}
          </Button>
        )}
      </div>
      <video
        ref={videoRef}
        className="zs-qr-reader__video"
        hidden={state === 'idle'}
        muted
        playsInline
        aria-label={t('workshop.camera.video')}
      />
      <canvas ref={canvasRef} hidden />
      <div className="zs-field zs-qr-reader__image">
        <label htmlFor={imageId}>{t('workshop.camera.imageLabel')}</label>
        <span className="zs-hint" id={`${imageId}-hint`}>
          {t('workshop.camera.imageHint')}
        </span>
        <input
          id={imageId}
          type="file"
          accept="image/*"
          aria-describedby={`${imageId}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readImage(file);
            e.target.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite" className="zs-qr-reader__status">
        {state === 'starting' && <p className="zs-hint">{t('workshop.camera.starting')}</p>}
        {state === 'scanning' && !feedback && <p className="zs-hint">{t('workshop.camera.scanning')}</p>}
        {problem && <Alert type="warning">{t(`workshop.camera.${problem}`)}</Alert>}
        {feedback && (
          <Alert type={feedback.type === 'error' ? 'error' : feedback.type === 'ok' ? 'ok' : 'info'}>
            {feedback.text}
          </Alert>
        )}
      </div>
    </div>
  );
}

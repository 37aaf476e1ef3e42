// Node-side QR helpers for the workshop end-to-end test: read a QR code the page shows, make a PNG of one, and write a
// Y4M video of a QR code for Chromium's fake camera (--use-file-for-fake-video-capture).
import { writeFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import QRCode from 'qrcode';

/** Reads the QR code an <img> on the page shows, as a camera would: its pixels, decoded with jsQR. */
export async function readQrImage(img: Locator): Promise<string | null> {
  const px = await img.evaluate((el: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(el, 0, 0);
    return {
      width: canvas.width,
      height: canvas.height,
      data: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data),
    };
  });
  if (!px) return null;
  return jsQR(new Uint8ClampedArray(px.data), px.width, px.height)?.data ?? null;
}

/** A PNG of a QR code, like a participant's screenshot, for the reader's image input. */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}

/**
 * Writes a short Y4M video (4:2:0, grey levels only) showing the QR code for `text` centred on white, as a phone
 * held up to the trainer's camera would. Chromium loops the file as its fake camera.
 */
export function writeQrY4m(path: string, text: string, width = 1280, height = 720, frames = 6): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((height - 40) / (size + 2 * quiet));
  const side = (size + 2 * quiet) * scale;
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const yPlane = Buffer.alloc(width * height, 235);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.data[r * size + c]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (y0 + (r + quiet) * scale + dy) * width;
        yPlane.fill(16, row + x0 + (c + quiet) * scale, row + x0 + (c + quiet + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), yPlane, chroma]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

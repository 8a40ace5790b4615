/**
 * Writes the small test clips in test/fixtures/media/ (run once: `npx tsx test/support/make-clips.ts`;
 * the files are committed, so CI needs no video tools). Debian has no ffmpeg on these machines, but
 * its Chromium records a canvas with MediaRecorder in WebM/VP9 and MP4/H.264, the two formats the
 * screens accept. 3 s, 480×270, an animated picture that is neither black nor the slides' red.
 * A recorder writes no duration into a WebM header (`duration` reads Infinity until the end): the
 * player must cope with that anyway, so the clip is kept as recorded.
 */
import { writeFileSync } from 'node:fs';
import { launch } from '../e2e/browser';

const OUT = new URL('../fixtures/media/', import.meta.url);

async function main(): Promise<void> {
  const session = await launch({ viewport: { width: 640, height: 400 } });
  try {
    const page = await session.context.newPage();
    for (const [name, type] of [
      ['clip-vp9.webm', 'video/webm;codecs=vp9'],
      ['clip-h264.mp4', 'video/mp4;codecs=avc1.42E01E'],
    ] as const) {
      // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
      const base64 = await page.evaluate<string>(`(async (mime) => {
        const canvas = document.createElement('canvas');
        canvas.width = 480;
        canvas.height = 270;
        const context = canvas.getContext('2d');
        const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: mime, videoBitsPerSecond: 90_000 });
        const chunks = [];
        recorder.ondataavailable = (event) => chunks.push(event.data);
        const stopped = new Promise((resolve) => (recorder.onstop = resolve));
        recorder.start();
        const started = performance.now();
        await new Promise((resolve) => {
          const draw = () => {
            const t = (performance.now() - started) / 3000;
            const sky = context.createLinearGradient(0, 0, 0, 270);
            sky.addColorStop(0, '#1f5fa8');
            sky.addColorStop(1, '#0d2f57');
            context.fillStyle = sky;
            context.fillRect(0, 0, 480, 270);
            context.fillStyle = '#f4c430';
            context.beginPath();
            context.arc(40 + 400 * Math.min(t, 1), 110, 34, 0, Math.PI * 2);
            context.fill();
            context.fillStyle = '#ffffff';
            context.font = 'bold 26px sans-serif';
            context.textAlign = 'center';
            context.fillText('Chào mừng đại hội', 240, 210);
            context.fillRect(40, 235, 400 * Math.min(t, 1), 8);
            if (t < 1) requestAnimationFrame(draw);
            else resolve();
          };
          draw();
        });
        recorder.stop();
        await stopped;
        const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
        let text = '';
        for (const byte of bytes) text += String.fromCharCode(byte);
        return btoa(text);
})(${JSON.stringify(type)})`);
      const bytes = Buffer.from(base64, 'base64');
      writeFileSync(new URL(name, OUT), bytes);
      console.log(`${name}: ${bytes.length} bytes`);
    }
    // Not a clip at all: bytes of a WebM header followed by noise. It loads, then fails to decode.
    const broken = Buffer.alloc(4096, 0x5a);
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3]).copy(broken);
    writeFileSync(new URL('broken.webm', OUT), broken);
  } finally {
    await session.close();
  }
}

await main();

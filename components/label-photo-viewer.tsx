"use client";

import { useState, type KeyboardEvent } from "react";

const MAX_ZOOM = 4;

/**
 * The label photo with zoom and rotate, so an agent can read a serial number taken at an angle.
 * The photo fills a large frame; zoomed, the frame scrolls (arrow keys when it has focus). The stage
 * is sized to what is shown, so a rotated or zoomed photo never spills over the page. Keys on the
 * focused frame: + / - zoom, R rotates, 0 resets. Without JavaScript the photo and Full size still work.
 */
/** The viewer's words in the page's language (`state` has {zoom} and {turn} to fill). */
export type PhotoViewerWords = { controls: string; zoomIn: string; zoomOut: string; rotate: string; reset: string; fullSize: string; keys: string; state: string };

export function LabelPhotoViewer({ src, alt, words }: { src: string; alt: string; words: PhotoViewerWords }) {
  const [zoom, setZoom] = useState(1);
  const [turn, setTurn] = useState(0);
  const zoomIn = () => setZoom((z) => Math.min(MAX_ZOOM, z + 0.5));
  const zoomOut = () => setZoom((z) => Math.max(1, z - 0.5));
  const rotate = () => setTurn((t) => (t + 90) % 360);
  const reset = () => {
    setZoom(1);
    setTurn(0);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const act = { "+": zoomIn, "=": zoomIn, "-": zoomOut, r: rotate, R: rotate, "0": reset }[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const sideways = turn % 180 !== 0;
  // Lengths in the frame's own units (it is a size container): the stage is what is seen, the image
  // is laid out across it before turning, so a quarter turn swaps its sides.
  const w = `calc(${zoom} * 100cqw)`;
  const h = `calc(${zoom} * 100cqh)`;
  const button = "btn-secondary focus-visible:outline-offset-2 disabled:opacity-50";
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-2 text-sm" role="toolbar" aria-label={words.controls}>
        <button type="button" className={button} onClick={zoomIn} disabled={zoom >= MAX_ZOOM}>
          {words.zoomIn}
        </button>
        <button type="button" className={button} onClick={zoomOut} disabled={zoom <= 1}>
          {words.zoomOut}
        </button>
        <button type="button" className={button} onClick={rotate}>
          {words.rotate}
        </button>
        <button type="button" className={button} onClick={reset} disabled={zoom === 1 && turn === 0}>
          {words.reset}
        </button>
        <a href={src} target="_blank" rel="noreferrer" className="link rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand">
          {words.fullSize}
        </a>
        <span className="text-xs text-zinc-600" aria-hidden="true">
          {zoom * 100}% · {turn}°
        </span>
      </div>
      <div
        tabIndex={0}
        role="group"
        aria-label={words.keys}
        aria-describedby="photo-state"
        data-own-keys
        onKeyDown={onKey}
        className="relative mt-2 h-56 overflow-auto rounded-lg border border-zinc-300 bg-zinc-100 [container-type:size] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand sm:h-[28rem] lg:h-[36rem]"
      >
        <div className="relative" style={{ width: w, height: h }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- served by a route that checks the role */}
          <img
            src={src}
            alt={alt}
            className="absolute left-1/2 top-1/2 max-w-none object-contain transition-transform"
            style={{
              width: sideways ? h : w,
              height: sideways ? w : h,
              transform: `translate(-50%, -50%) rotate(${turn}deg)`,
            }}
          />
        </div>
      </div>
      <p id="photo-state" className="sr-only" aria-live="polite">
        {words.state.replace("{zoom}", String(zoom * 100)).replace("{turn}", String(turn))}
      </p>
    </div>
  );
}

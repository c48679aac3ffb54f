"use client";

import { useState } from "react";

/** The label photo with zoom and rotate, so an agent can read a serial number taken at an angle. */
export function LabelPhotoViewer({ src, alt }: { src: string; alt: string }) {
  const [zoom, setZoom] = useState(1);
  const [turn, setTurn] = useState(0);
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2 text-sm" role="toolbar" aria-label="Photo controls">
        <button type="button" className="btn-secondary" onClick={() => setZoom((z) => Math.min(4, z + 0.5))}>
          Zoom in
        </button>
        <button type="button" className="btn-secondary" onClick={() => setZoom((z) => Math.max(1, z - 0.5))}>
          Zoom out
        </button>
        <button type="button" className="btn-secondary" onClick={() => setTurn((t) => (t + 90) % 360)}>
          Rotate
        </button>
        <a href={src} target="_blank" rel="noreferrer" className="link self-center">
          Full size
        </a>
      </div>
      <div className="mt-2 h-80 overflow-auto rounded border border-zinc-200 bg-zinc-50">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by a route that checks the role */}
        <img
          src={src}
          alt={alt}
          style={{ transform: `rotate(${turn}deg) scale(${zoom})`, transformOrigin: "center" }}
          className="mx-auto max-h-80 transition-transform"
        />
      </div>
      <p className="sr-only" aria-live="polite">
        Zoom {zoom * 100} percent, rotated {turn} degrees
      </p>
    </div>
  );
}

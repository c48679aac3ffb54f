import { LabelPhotoViewer } from "@/components/label-photo-viewer";
import { caseLabel, type CaseRow } from "@/lib/cases/service";
import type { Translator } from "@/lib/messages";
import { panel } from "../../../ui";
import { when } from "../../../words";
import type { ScannedDevice } from "./device";

/** The customer's label photo, to compare with the scanned serial number. */
export function PhotoPanel({ c, device, i18n }: { c: CaseRow; device: ScannedDevice; i18n: Translator }) {
  return (
    <section className={`${panel} lg:col-start-2 lg:row-span-2 lg:row-start-1`} aria-labelledby="photo-title" data-testid="photo-panel">
      <h2 id="photo-title" className="font-semibold">
        {i18n.t("desk.photo.title")}
      </h2>
      <p className="text-xs text-zinc-600">{i18n.t("desk.photo.compare", { serial: device.serial })}</p>
      {c.photoBlurry ? <p className="text-xs font-medium text-amber-800">{i18n.t("desk.photo.blurry")}</p> : null}
      {c.photoId ? (
        <LabelPhotoViewer
          src={`/cases/${c.id}/photo`}
          alt={i18n.t("desk.photo.alt", { label: caseLabel(c.number) })}
          words={{
            controls: i18n.t("desk.viewer.controls"),
            zoomIn: i18n.t("desk.viewer.zoomIn"),
            zoomOut: i18n.t("desk.viewer.zoomOut"),
            rotate: i18n.t("desk.viewer.rotate"),
            reset: i18n.t("desk.viewer.reset"),
            fullSize: i18n.t("desk.viewer.fullSize"),
            keys: i18n.t("desk.viewer.keys", { alt: i18n.t("desk.photo.alt", { label: caseLabel(c.number) }) }),
            // Filled in the browser as the photo is zoomed and turned.
            state: i18n.t("desk.viewer.state", { zoom: "{zoom}", turn: "{turn}" }),
          }}
        />
      ) : (
        <p className="mt-2 text-sm text-zinc-600">{c.photoDeletedAt ? i18n.t("desk.photo.deleted", { when: when(i18n, c.photoDeletedAt) }) : i18n.t("desk.photo.none")}</p>
      )}
    </section>
  );
}

import { LabelPhotoViewer } from "@/components/label-photo-viewer";
import { caseLabel, type CaseRow } from "@/lib/cases/service";
import { utcMinute as when } from "@/lib/format";
import { panel } from "../../../ui";
import type { ScannedDevice } from "./device";

/** The customer's label photo, to compare with the scanned serial number. */
export function PhotoPanel({ c, device }: { c: CaseRow; device: ScannedDevice }) {
  return (
    <section className={`${panel} lg:col-start-2 lg:row-span-2 lg:row-start-1`} aria-labelledby="photo-title" data-testid="photo-panel">
      <h2 id="photo-title" className="font-semibold">
        Label photo
      </h2>
      <p className="text-xs text-zinc-600">Compare the serial number on the label with the scan: {device.serial}</p>
      {c.photoBlurry ? <p className="text-xs font-medium text-amber-800">The upload check found this photo blurry.</p> : null}
      {c.photoId ? (
        <LabelPhotoViewer src={`/cases/${c.id}/photo`} alt={`Label photo for case ${caseLabel(c.number)}`} />
      ) : (
        <p className="mt-2 text-sm text-zinc-600">{c.photoDeletedAt ? `Deleted ${when(c.photoDeletedAt)} (retention).` : "No photo."}</p>
      )}
    </section>
  );
}

import Link from "next/link";
import { getTranslator } from "@/lib/i18n/request";

export default async function Home() {
  const i18n = await getTranslator();
  return (
    <section className="card text-center">
      <h1 className="text-2xl font-bold">{i18n.t("wizard.home.title")}</h1>
      <p className="mt-3 text-zinc-600">{i18n.t("wizard.home.intro")}</p>
      <div className="mt-6 flex flex-col gap-3">
        <Link href="/register" className="btn-primary">
          {i18n.t("wizard.home.register")}
        </Link>
        <Link href="/login" className="btn-secondary">
          {i18n.t("wizard.home.login")}
        </Link>
        <Link href="/register/installer" className="link text-sm">
          {i18n.t("wizard.home.installer")}
        </Link>
      </div>
    </section>
  );
}

import Link from "next/link";

export default function Home() {
  return (
    <section className="card text-center">
      <h1 className="text-2xl font-bold">Your devices, one account</h1>
      <p className="mt-3 text-zinc-600">
        Create a free account to watch your cameras and recorders from anywhere, and get help when you need it.
      </p>
      <div className="mt-6 flex flex-col gap-3">
        <Link href="/register" className="btn-primary">
          Register
        </Link>
        <Link href="/login" className="btn-secondary">
          Login
        </Link>
        <Link href="/register/installer" className="link text-sm">
          Installer? Register your company
        </Link>
      </div>
    </section>
  );
}

// Every test process runs with the app's flows and effect handlers registered, as the server does at boot.
import "@/lib/engine";

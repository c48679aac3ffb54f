import { demoDevices, startSimulator } from "./simulator";

/**
 * `npx tsx lib/devices/simulator-cli.ts`: serve the demo devices over SADP until interrupted.
 * SADP_SIMULATOR_PORT (default 37020), SADP_SIMULATOR_HOST (default 127.0.0.1) and
 * DEVICE_VENDOR_KEY (default the demo key, which must match the server's) configure it.
 */
const DEMO_KEY = "gatehouse-demo-vendor-key";

async function main() {
  const port = Number(process.env.SADP_SIMULATOR_PORT ?? 37020);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SADP_SIMULATOR_PORT is not a port: ${process.env.SADP_SIMULATOR_PORT}`);
  const vendorKey = process.env.DEVICE_VENDOR_KEY || DEMO_KEY;
  const sim = await startSimulator({ port, host: process.env.SADP_SIMULATOR_HOST || "127.0.0.1", devices: demoDevices(), vendorKey });
  // The key itself is a secret outside the demo, so only say where it came from.
  console.log(`SADP simulator on udp ${process.env.SADP_SIMULATOR_HOST || "127.0.0.1"}:${sim.port} (vendor key: ${vendorKey === DEMO_KEY ? "demo default" : "DEVICE_VENDOR_KEY"})`);
  for (const d of sim.devices) {
    console.log(`  ${d.model.padEnd(16)} ${d.serial.padEnd(38)} ${d.mac}  ${d.ipv4.padEnd(14)} ${d.activated ? "activated" : "not activated"}`);
  }
  const stop = () => void sim.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

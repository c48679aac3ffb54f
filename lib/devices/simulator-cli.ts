import { demoDevices, startSimulator } from "./simulator";

/** `npx tsx lib/devices/simulator-cli.ts`: the demo devices on SADP_SIMULATOR_PORT (default 37020). */
async function main() {
  const sim = await startSimulator({
    port: Number(process.env.SADP_SIMULATOR_PORT ?? 37020),
    host: process.env.SADP_SIMULATOR_HOST ?? "127.0.0.1",
    devices: demoDevices(),
    vendorKey: process.env.DEVICE_VENDOR_KEY ?? "gatehouse-demo-vendor-key",
  });
  console.log(`SADP simulator on udp ${sim.port}:`);
  for (const d of sim.devices) console.log(`  ${d.model}  ${d.serial}  ${d.mac}  ${d.ipv4}`);
}

void main();

import { createSocket } from "node:dgram";

/**
 * A misbehaving device for SADP tests: a UDP relay in front of the device simulator that passes
 * packets on ("relay"), hears nothing ("silent"), answers junk without acting ("garbage"), acts but
 * its answer is lost on the way ("answer-lost"), or sends every answer twice ("twice").
 */
export type RelayMode = "relay" | "silent" | "garbage" | "answer-lost" | "twice";

export async function startSadpRelay(target: { host: string; port: number }) {
  const front = createSocket("udp4");
  const relay = {
    port: 0,
    mode: "relay" as RelayMode,
    close: () => new Promise<void>((r) => front.close(() => r())),
  };
  front.on("message", (msg, from) => {
    const answer = (data: Buffer | string) => front.send(data, from.port, from.address);
    if (relay.mode === "silent") return;
    if (relay.mode === "garbage") return void answer(`<?xml version="1.0"?><Probe><Uuid>\u0000${msg.length}</Uuid><Junk>${"%".repeat(300)}</Junk>`);
    const back = createSocket("udp4");
    back.on("message", (reply) => {
      if (relay.mode === "answer-lost") return;
      answer(reply);
      if (relay.mode === "twice") answer(reply);
    });
    back.on("error", () => {});
    back.send(msg, target.port, target.host);
    setTimeout(() => back.close(), 5_000).unref();
  });
  front.on("error", () => {});
  await new Promise<void>((r) => front.bind(0, "127.0.0.1", () => r()));
  relay.port = front.address().port;
  return relay;
}

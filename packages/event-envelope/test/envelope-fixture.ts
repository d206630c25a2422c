/** A valid wire envelope; tests copy and break it one field at a time. */
export function validWireEnvelope(): Record<string, unknown> {
  return {
    event_id: "01hq8zq0x6w8t3k9v5r2m4n7pa",
    event_type: "ParticipantJoined",
    aggregate_id: "mission/M-1",
    payload: { mission_id: "M-1", participant_id: "p-1" },
    timestamp: "2026-01-15T10:00:00.5Z",
    node_id: "saas-1",
    lamport_clock: 7,
    project_uuid: "6F1C9E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B",
    correlation_id: "01hq8zq0x6w8t3k9v5r2m4n7pb",
  };
}

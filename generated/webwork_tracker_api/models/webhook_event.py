from enum import StrEnum


class WebhookEvent(StrEnum):
    TRACKER_STARTED = "tracker.started"
    TRACKER_STOPPED = "tracker.stopped"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ScreenshotMode(StrEnum):
    BACKGROUND_BLURRED = "background_blurred"
    BLURRED = "blurred"
    FULL = "full"
    NO_PREVIEW = "no_preview"
    NO_SCREENSHOT = "no_screenshot"
    VIDEO_BLURRED = "video_blurred"
    VIDEO_BLURRED_SILENT = "video_blurred_silent"
    VIDEO_FULL = "video_full"
    VIDEO_FULL_SILENT = "video_full_silent"

    def __str__(self) -> str:
        return str(self.value)

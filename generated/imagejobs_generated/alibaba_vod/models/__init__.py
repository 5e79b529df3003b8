"""Contains all the data models used in inputs/outputs"""

from .ai_image_format import AIImageFormat
from .ai_image_info import AIImageInfo
from .ai_image_job import AIImageJob
from .ai_image_job_status import AIImageJobStatus
from .ai_image_result_item import AIImageResultItem
from .error_response import ErrorResponse
from .get_ai_image_jobs_response import GetAIImageJobsResponse
from .list_ai_image_info_response import ListAIImageInfoResponse
from .submit_ai_image_job_response import SubmitAIImageJobResponse

__all__ = (
    "AIImageFormat",
    "AIImageInfo",
    "AIImageJob",
    "AIImageJobStatus",
    "AIImageResultItem",
    "ErrorResponse",
    "GetAIImageJobsResponse",
    "ListAIImageInfoResponse",
    "SubmitAIImageJobResponse",
)

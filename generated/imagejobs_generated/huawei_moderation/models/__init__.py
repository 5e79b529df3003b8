"""Contains all the data models used in inputs/outputs"""

from .ad_category import AdCategory
from .category_suggestions import CategorySuggestions
from .check_result_items_body import CheckResultItemsBody
from .check_result_result_body import CheckResultResultBody
from .check_task_jobs_items_body import CheckTaskJobsItemsBody
from .create_image_batch_job_request import CreateImageBatchJobRequest
from .create_image_batch_job_response import CreateImageBatchJobResponse
from .create_image_batch_job_result import CreateImageBatchJobResult
from .error_response import ErrorResponse
from .get_image_batch_job_result_response import GetImageBatchJobResultResponse
from .image_detection_result_ad_detail import ImageDetectionResultAdDetail
from .image_detection_result_detail import ImageDetectionResultDetail
from .image_detection_result_detail_face_detail import (
    ImageDetectionResultDetailFaceDetail,
)
from .image_detection_result_detail_politics import ImageDetectionResultDetailPolitics
from .image_detection_result_simple_detail import ImageDetectionResultSimpleDetail
from .image_moderation_category import ImageModerationCategory
from .job_status import JobStatus
from .list_image_batch_jobs_response import ListImageBatchJobsResponse
from .moderation_suggestion import ModerationSuggestion

__all__ = (
    "AdCategory",
    "CategorySuggestions",
    "CheckResultItemsBody",
    "CheckResultResultBody",
    "CheckTaskJobsItemsBody",
    "CreateImageBatchJobRequest",
    "CreateImageBatchJobResponse",
    "CreateImageBatchJobResult",
    "ErrorResponse",
    "GetImageBatchJobResultResponse",
    "ImageDetectionResultAdDetail",
    "ImageDetectionResultDetail",
    "ImageDetectionResultDetailFaceDetail",
    "ImageDetectionResultDetailPolitics",
    "ImageDetectionResultSimpleDetail",
    "ImageModerationCategory",
    "JobStatus",
    "ListImageBatchJobsResponse",
    "ModerationSuggestion",
)

"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .image_links import ImageLinks
from .job_actions import JobActions
from .job_callback import JobCallback
from .job_history_entry import JobHistoryEntry
from .job_result import JobResult
from .job_status_request import JobStatusRequest
from .job_status_response import JobStatusResponse
from .partner_params import PartnerParams
from .result_code import ResultCode

__all__ = (
    "ErrorResponse",
    "ImageLinks",
    "JobActions",
    "JobCallback",
    "JobHistoryEntry",
    "JobResult",
    "JobStatusRequest",
    "JobStatusResponse",
    "PartnerParams",
    "ResultCode",
)

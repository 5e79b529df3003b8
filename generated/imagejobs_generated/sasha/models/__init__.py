"""Contains all the data models used in inputs/outputs"""

from .embed_signature_request import EmbedSignatureRequest
from .embed_signature_response import EmbedSignatureResponse
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .get_job_response import GetJobResponse
from .grant_type import GrantType
from .job import Job
from .job_error import JobError
from .job_error_code import JobErrorCode
from .job_status import JobStatus
from .job_type import JobType
from .list_jobs_response import ListJobsResponse
from .lookup_by_url_request import LookupByUrlRequest
from .lookup_signature_response import LookupSignatureResponse
from .lookup_upload_request import LookupUploadRequest
from .token_request import TokenRequest
from .token_response import TokenResponse

__all__ = (
    "EmbedSignatureRequest",
    "EmbedSignatureResponse",
    "ErrorDetail",
    "ErrorResponse",
    "GetJobResponse",
    "GrantType",
    "Job",
    "JobError",
    "JobErrorCode",
    "JobStatus",
    "JobType",
    "ListJobsResponse",
    "LookupByUrlRequest",
    "LookupSignatureResponse",
    "LookupUploadRequest",
    "TokenRequest",
    "TokenResponse",
)

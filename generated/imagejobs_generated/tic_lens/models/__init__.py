"""Contains all the data models used in inputs/outputs"""

from .analyze_request import AnalyzeRequest
from .analyze_response import AnalyzeResponse
from .annotations import Annotations
from .cancel_webhook_response import CancelWebhookResponse
from .delete_job_response import DeleteJobResponse
from .device_metadata import DeviceMetadata
from .error_response import ErrorResponse
from .explanation import Explanation
from .explanation_category import ExplanationCategory
from .finding import Finding
from .forensic_report import ForensicReport
from .gps_metadata import GpsMetadata
from .job_list import JobList
from .job_status import JobStatus
from .key_finding import KeyFinding
from .metadata_tag import MetadataTag
from .pdf_metadata import PdfMetadata
from .region import Region
from .report_metadata import ReportMetadata
from .sentinel_analyzer import SentinelAnalyzer
from .sentinel_capabilities import SentinelCapabilities
from .sentinel_job import SentinelJob
from .sentinel_job_summary import SentinelJobSummary
from .sentinel_report_envelope import SentinelReportEnvelope
from .timestamp_entry import TimestampEntry
from .validation_errors import ValidationErrors
from .verdict import Verdict
from .webhook_info import WebhookInfo

__all__ = (
    "AnalyzeRequest",
    "AnalyzeResponse",
    "Annotations",
    "CancelWebhookResponse",
    "DeleteJobResponse",
    "DeviceMetadata",
    "ErrorResponse",
    "Explanation",
    "ExplanationCategory",
    "Finding",
    "ForensicReport",
    "GpsMetadata",
    "JobList",
    "JobStatus",
    "KeyFinding",
    "MetadataTag",
    "PdfMetadata",
    "Region",
    "ReportMetadata",
    "SentinelAnalyzer",
    "SentinelCapabilities",
    "SentinelJob",
    "SentinelJobSummary",
    "SentinelReportEnvelope",
    "TimestampEntry",
    "ValidationErrors",
    "Verdict",
    "WebhookInfo",
)

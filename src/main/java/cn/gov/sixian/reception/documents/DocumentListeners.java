package cn.gov.sixian.reception.documents;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document listeners the models name in {@code delegateExpression}, one per step. */
@Configuration(proxyBeanMethods = false)
class DocumentListeners {

  @Bean
  ExecutionListener registrationReceiptListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.REGISTRATION, documents);
  }

  @Bean
  ExecutionListener transferSlipListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.ROUTING, documents);
  }

  @Bean
  ExecutionListener acceptanceNoticeListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.ACCEPTANCE, documents);
  }

  @Bean
  ExecutionListener writtenReplyListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.REPLY, documents);
  }

  @Bean
  ExecutionListener extensionNoticeListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.EXTENSION, documents);
  }

  @Bean
  ExecutionListener onSpotCommitmentListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.COMMITMENT_ON_SPOT, documents);
  }

  @Bean
  ExecutionListener deputyLeaderCommitmentListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.COMMITMENT_DEPUTY_LEADER, documents);
  }

  @Bean
  ExecutionListener jointMediationCommitmentListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.COMMITMENT_JOINT, documents);
  }

  @Bean
  ExecutionListener supervisionSlipDocumentListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.SUPERVISION_SLIP, documents);
  }

  @Bean
  ExecutionListener referralLetterListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.REFERRAL, documents);
  }

  @Bean
  ExecutionListener reviewOpinionListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.REVIEW, documents);
  }

  @Bean
  ExecutionListener reReviewOpinionListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.RE_REVIEW, documents);
  }

  @Bean
  ExecutionListener finalNonAcceptanceNoticeListener(StepDocuments documents) {
    return new StepDocumentListener(DocumentStep.FINAL_NON_ACCEPTANCE, documents);
  }
}

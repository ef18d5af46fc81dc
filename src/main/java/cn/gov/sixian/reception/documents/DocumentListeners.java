package cn.gov.sixian.reception.documents;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document listeners the models name in {@code delegateExpression}, one per step. */
@Configuration
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
}

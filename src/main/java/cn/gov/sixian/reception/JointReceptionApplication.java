package cn.gov.sixian.reception;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The county joint petition reception (联合接访) process application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JointReceptionApplication {

  public static void main(String[] args) {
    SpringApplication.run(JointReceptionApplication.class, args);
  }
}

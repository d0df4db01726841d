package fr.relais;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Deployment(resources = "classpath*:/processes/*.bpmn")
public class RelaisApplication {

  public static void main(String[] args) {
    SpringApplication.run(RelaisApplication.class, args);
  }
}

package vn.lantoa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LanToaApplication {

	public static void main(String[] args) {
		SpringApplication.run(LanToaApplication.class, args);
	}
}
